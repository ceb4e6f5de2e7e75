package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDocumentsItsSuccessResponseWithANamedExample() {
        JsonPath doc = new JsonPath(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, ops) -> {
            if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/audit")) {
                return;
            }
            ops.forEach((method, op) -> {
                Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) op).get("responses");
                if (responses.containsKey("204") && !responses.containsKey("200") && !responses.containsKey("201")) {
                    return; // "no content": there is no body to document
                }
                Map<String, Object> ok = (Map<String, Object>) (responses.containsKey("201") ? responses.get("201") : responses.get("200"));
                Map<String, Object> content = ok == null ? null : (Map<String, Object>) ok.get("content");
                boolean documented = content != null && content.values().stream()
                        .allMatch(media -> ((Map<String, Object>) media).get("examples") != null && ((Map<String, Object>) media).get("schema") != null);
                if (!documented) {
                    missing.add(method.toUpperCase() + " " + path);
                }
            });
        });
        assertEquals(List.of(), missing);
    }
}
