package org.csp.assessment;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without csp.clock.controllable, as in production, the test clock endpoint does not exist. */
@QuarkusTest
class ClockControlDisabledTest {

    @Test
    void theClockEndpointDoesNotExist() {
        given().get("/test-support/clock").then().statusCode(404).contentType("application/problem+json");
        given().post("/test-support/clock/shift?by=P14D").then().statusCode(404);
    }
}
