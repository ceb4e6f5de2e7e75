package org.csp.grant;

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
    void bareAwardAndListAnswerWhatTheApiAnswers() throws Exception {
        String id = GrantFixtures.award(GrantFixtures.FORTY_THOUSAND_POUNDS, 500_000);
        // More than Hibernate's batch of 16, so a full page loads its obligations in more than one batch.
        for (int i = 0; i < 20; i++) {
            GrantFixtures.award(2_000_000, 0);
        }
        Response api = framework("/api/v1/awards/" + id);
        Response bare = given().get("/bench/bare/awards/" + id);
        assertEquals(json(api), json(bare));
        assertEquals(api.header("ETag"), bare.header("ETag"));
        given().get("/bench/bare/awards/{id}", UUID.randomUUID()).then().statusCode(404);
        for (String paging : new String[] {"", "?page=0&size=20", "?page=1&size=1"}) {
            assertEquals(json(framework("/api/v1/awards" + paging)), json(given().get("/bench/bare/awards" + paging)), paging);
        }
        given().get("/bench/bare/awards?page=-1").then().statusCode(400);
    }

    static String auditedId;

    static String audited() {
        if (auditedId == null) {
            auditedId = GrantFixtures.award(1_000_000, 0);
        }
        return auditedId;
    }

    @Test
    void bareAuditListAnswersWhatTheApiAnswers() throws Exception {
        String list = "?resourceType=grant-award&resourceId=" + audited() + "&page=0&size=20";
        assertEquals(json(framework("/api/v1/audit" + list)), json(given().get("/bench/bare/audit" + list)));
    }
}
