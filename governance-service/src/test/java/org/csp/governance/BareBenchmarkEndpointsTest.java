package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.BareEndpoints.framework;
import static org.csp.platform.testing.BareEndpoints.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.UUID;
import org.csp.platform.testing.BareEndpoints;
import org.junit.jupiter.api.Test;

/**
 * With csp.benchmark.enabled=true the bare JDBC endpoints answer, without a token, exactly what their framework
 * twins answer (same body, same ETag): the benchmark compares like with like. Off by default: see
 * BareBenchmarkEndpointsOffTest.
 */
@QuarkusTest
@TestProfile(BareEndpoints.Enabled.class)
class BareBenchmarkEndpointsTest {
    @Test
    void bareCouncillorAndListAnswerWhatTheApiAnswers() throws Exception {
        String id = Fixtures.post("/api/v1/councillors", """
                {"name":"Cllr Bench %s","ward":"High Street","termStart":"2015-05-07","termEnd":"2019-05-02"}"""
                .formatted(UUID.randomUUID())).then().statusCode(201).extract().path("id");
        Fixtures.councillor("Cllr Bench " + UUID.randomUUID());
        Response api = framework("/api/v1/councillors/" + id);
        Response bare = given().get("/bench/bare/councillors/" + id);
        assertEquals(json(api), json(bare));
        assertEquals(api.header("ETag"), bare.header("ETag"));
        given().get("/bench/bare/councillors/{id}", UUID.randomUUID()).then().statusCode(404);
        for (String paging : new String[] {"", "?page=0&size=20", "?page=1&size=1"}) {
            assertEquals(json(framework("/api/v1/councillors" + paging)), json(given().get("/bench/bare/councillors" + paging)), paging);
        }
        given().get("/bench/bare/councillors?size=x").then().statusCode(400);
    }

    static String auditedId;

    static String audited() {
        if (auditedId == null) {
            auditedId = Fixtures.councillor("Cllr Audit " + UUID.randomUUID());
        }
        return auditedId;
    }

    @Test
    void bareAuditListAnswersWhatTheApiAnswers() throws Exception {
        String list = "?resourceType=councillor&resourceId=" + audited() + "&page=0&size=20";
        assertEquals(json(framework("/api/v1/audit" + list)), json(given().get("/bench/bare/audit" + list)));
    }
}
