package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health and the OpenAPI document are open; the document carries the domain errors with examples. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessChecksDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void theOpenApiDocumentDescribesTheDomainErrorsWithExamples() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Governance service API"))
                .body("paths.'/api/v1/decisions/{id}/referrals'.post.responses.'422'.content.'application/problem+json'.examples.'referral-late'",
                        notNullValue())
                .body("paths.'/api/v1/meetings/{meetingId}/items/{itemId}/decision'.post.responses.'422'.content.'application/problem+json'.examples.'votes-exceed-present'",
                        notNullValue())
                .body("paths.'/api/v1/meetings/{id}/attendance'.put.responses.'422'.content.'application/problem+json'.examples.'substitute-without-apologies'",
                        notNullValue());
    }
}
