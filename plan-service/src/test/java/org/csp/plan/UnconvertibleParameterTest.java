package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A typed query or path parameter that does not convert is a 400 naming it, not JAX-RS's 404. */
@QuarkusTest
class UnconvertibleParameterTest {

    @Test
    void aQueryIdThatIsNotAUuidIsA400NamingIt() {
        given().auth().oauth2(PlanFixtures.officer()).queryParam("planId", "not-a-uuid").get("/api/v1/actions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/validation"))
                .body("errors[0].field", equalTo("planId")).body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void anUnknownKindOrAPageSizeThatIsNotANumberIsA400NamingIt() {
        given().auth().oauth2(PlanFixtures.officer()).queryParam("kind", "PANEL").get("/api/v1/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("size", "twenty").get("/api/v1/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aPathIdThatIsNotAUuidIsA400NamingIt() {
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/groups/{id}", "42")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
    }
}
