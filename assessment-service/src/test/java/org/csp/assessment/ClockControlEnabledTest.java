package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A system-test profile can start the clock at a fixed instant and move it forward. */
@QuarkusTest
@TestProfile(ClockControlEnabledTest.Controllable.class)
class ClockControlEnabledTest {

    public static class Controllable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csp.clock.controllable", "true", "csp.clock.fixed", "2019-02-12T19:30:00Z");
        }
    }

    @Test
    void shiftingMovesTheServicesClock() {
        given().get("/test-support/clock").then().statusCode(200).body("now", equalTo("2019-02-12T19:30:00Z"));
        given().post("/test-support/clock/shift?by=P14D").then().statusCode(200).body("now", equalTo("2019-02-26T19:30:00Z"));
        given().post("/test-support/clock/shift?by=fortnight").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("by"));
    }
}
