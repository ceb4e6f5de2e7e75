package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health and the OpenAPI document are open; the document shows the domain errors and examples. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessChecksDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void theOpenApiDocumentDescribesTheMoneyRefusals() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Grant service API"))
                .body("paths.'/api/v1/awards/{id}/tactical-draws'.post.responses.'422'.content.'application/problem+json'.examples.'tactical-pot-exceeded'",
                        notNullValue())
                .body("paths.'/api/v1/bids/{id}/approve'.post.responses.'409'.content.'application/problem+json'.schema",
                        notNullValue())
                .body("paths.'/api/v1/bids/{id}/approve'.post.responses.'428'", notNullValue());
    }
}
