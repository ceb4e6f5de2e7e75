package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A typed query or path parameter that does not convert is a 400 naming it, not JAX-RS's 404. */
@QuarkusTest
class UnconvertibleParameterTest {

    @Test
    void aQueryIdThatIsNotAUuidIsA400NamingIt() {
        given().auth().oauth2(TestTokens.officer()).queryParam("awardId", "not-a-uuid").get("/api/v1/bids")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/validation"))
                .body("errors[0].field", equalTo("awardId")).body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void anUnknownStatusIsA400NamingIt() {
        given().auth().oauth2(TestTokens.officer()).queryParam("status", "LOST").get("/api/v1/bids")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void aPathIdThatIsNotAUuidIsA400NamingIt() {
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}", "not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
    }
}
