package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.BareEndpoints.framework;
import static org.csp.platform.testing.BareEndpoints.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.csp.platform.testing.BareEndpoints;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * With csp.benchmark.enabled=true the bare JDBC endpoints answer, without a token, exactly what their framework
 * twins answer (same body, same ETag): the benchmark compares like with like.
 */
@QuarkusTest
@TestProfile(BareEndpoints.Enabled.class)
class BareBenchmarkEndpointsTest {
    @Test
    void bareAssessmentAnswersWhatTheApiAnswers() throws Exception {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String finding = AssessmentLifecycleTest.finding(area);
        String id = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"Strategic Assessment 2019-20",
                 "pendingData":["Needle exchange data to be added later","Fire service data to be added later"],
                 "priorities":[{"title":"Safeguarding people whose circumstances make them vulnerable",
                   "rationale":"Domestic abuse is 15%% of all crime","categoryCodes":["sexual-offences","domestic-abuse"],
                   "evidence":[{"kind":"FINDING","findingId":"%s"}]},
                  {"title":"Tackling anti-social behaviour","rationale":"ASB is the most reported issue"}]}"""
                .formatted(area, finding)).post("/api/v1/assessments").then().statusCode(201).extract().path("id");

        Response api = framework("/api/v1/assessments/" + id);
        Response bare = given().get("/bench/bare/assessments/" + id);
        assertEquals(json(api), json(bare));
        assertEquals(api.header("ETag"), bare.header("ETag"));
        given().get("/bench/bare/assessments/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
        given().get("/bench/bare/assessments/not-a-uuid").then().statusCode(400);
    }

    @Test
    void bareAreaListAnswersWhatTheApiAnswers() throws Exception {
        // More than Hibernate's batch of 16, so a full page loads its populations in more than one batch.
        for (int i = 0; i < 21; i++) {
            Fixtures.createArea(Fixtures.uniqueArea());
        }
        for (String paging : new String[] {"", "?page=0&size=20", "?page=1&size=2"}) {
            assertEquals(json(framework("/api/v1/areas" + paging)), json(given().get("/bench/bare/areas" + paging)), paging);
        }
        given().get("/bench/bare/areas?size=0").then().statusCode(400);
    }

    @Test
    void bareAuditListAnswersWhatTheApiAnswers() throws Exception {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String list = "?resourceType=area&resourceId=" + area + "&page=0&size=20";
        JsonNode api = json(framework("/api/v1/audit" + list));
        assertTrue(api.get("totalItems").asInt() >= 1);
        assertEquals(api, json(given().get("/bench/bare/audit" + list)));
        given().get("/bench/bare/audit?resourceType=area").then().statusCode(400);
    }
}
