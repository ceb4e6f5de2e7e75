package org.csp.plan;

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
    void bareActionPlanAndListAnswerWhatTheApiAnswers() throws Exception {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("bench"), null);
        String theme = PlanFixtures.theme(plan, "Domestic abuse", null);
        String id = PlanFixtures.actionPlan(theme, "2019-20");
        PlanFixtures.actionPlan(theme, "2020-21");
        Response api = framework("/api/v1/action-plans/" + id);
        Response bare = given().get("/bench/bare/action-plans/" + id);
        assertEquals(json(api), json(bare));
        assertEquals(api.header("ETag"), bare.header("ETag"));
        given().get("/bench/bare/action-plans/{id}", UUID.randomUUID()).then().statusCode(404);
        for (String paging : new String[] {"", "?page=0&size=20", "?page=1&size=1"}) {
            assertEquals(json(framework("/api/v1/action-plans" + paging)), json(given().get("/bench/bare/action-plans" + paging)), paging);
        }
        given().get("/bench/bare/action-plans?size=201").then().statusCode(400);
    }

    static String auditedId;

    static String audited() {
        if (auditedId == null) {
            auditedId = PlanFixtures.plan2019(PlanFixtures.unique("audit"), null);
        }
        return auditedId;
    }

    @Test
    void bareAuditListAnswersWhatTheApiAnswers() throws Exception {
        String list = "?resourceType=plan&resourceId=" + audited() + "&page=0&size=20";
        assertEquals(json(framework("/api/v1/audit" + list)), json(given().get("/bench/bare/audit" + list)));
    }
}
