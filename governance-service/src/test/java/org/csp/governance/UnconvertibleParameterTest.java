package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A typed query or path parameter that does not convert is a 400 naming it, not JAX-RS's 404. */
@QuarkusTest
class UnconvertibleParameterTest {

    @Test
    void aQueryIdThatIsNotAUuidIsA400NamingIt() {
        given().auth().oauth2(Fixtures.OFFICER).queryParam("bodyId", "not-a-uuid").get("/api/v1/meetings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/validation"))
                .body("errors[0].field", equalTo("bodyId")).body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void aDateOrAFlagThatDoesNotParseIsA400NamingIt() {
        given().auth().oauth2(Fixtures.OFFICER).queryParam("from", "12/02/2019").get("/api/v1/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("must be a date like 2019-02-26"));
        given().auth().oauth2(Fixtures.OFFICER).queryParam("overdue", "yes").get("/api/v1/obligations")
                .then().statusCode(400).body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void aPathIdThatIsNotAUuidIsA400NamingIt() {
        given().auth().oauth2(Fixtures.OFFICER).get("/api/v1/bodies/{id}", "not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
    }
}
