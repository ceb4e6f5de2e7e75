package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.csp.platform.testing.EmbeddedPostgresServer;
import org.csp.platform.testing.SharedInfrastructure;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under the service: readiness goes DOWN, requests get a 503 problem instead of
 * hanging, and when it is back readiness comes UP by itself with acknowledged writes still there.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void theServiceAnswers503DuringAnOutageAndRecoversByItself() {
        String id = AssessmentPublishingTest.create("outage-db-" + UUID.randomUUID()).then().statusCode(201)
                .extract().path("id");
        EmbeddedPostgresServer postgres = SharedInfrastructure.postgres();
        postgres.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 503);
            given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("https://csp.example.org/problems/service-unavailable"));
        } finally {
            postgres.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id)
                .then().statusCode(200).body("id", equalTo(id));
    }
}
