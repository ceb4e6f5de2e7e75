package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A typed query or path parameter that does not convert is a 400 naming it, not JAX-RS's 404. */
@QuarkusTest
class UnconvertibleParameterTest {

    @Test
    void anUnknownStatusIsA400NamingIt() {
        given().auth().oauth2(TestTokens.officer()).queryParam("status", "draft").get("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/validation"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of [DRAFT, PUBLISHED, ENDORSED]"));
    }

    @Test
    void aFlagThatIsNotABooleanIsA400NamingIt() {
        given().auth().oauth2(TestTokens.officer()).queryParam("domesticAbuseRelated", "yes").get("/api/v1/categories")
                .then().statusCode(400).body("errors[0].field", equalTo("domesticAbuseRelated"));
    }
}
