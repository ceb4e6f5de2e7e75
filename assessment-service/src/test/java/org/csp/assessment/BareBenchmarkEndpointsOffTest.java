package org.csp.assessment;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The benchmark's bare JDBC endpoints need no token, so they must not exist unless the benchmark asks. */
@QuarkusTest
class BareBenchmarkEndpointsOffTest {

    @Test
    void bareEndpointsAreAbsentByDefault() {
        given().get("/bench/bare/assessments/{id}", UUID.randomUUID()).then().statusCode(404);
        given().get("/bench/bare/areas").then().statusCode(404);
        // The audit twin comes from platform-commons (org.csp.platform.bench.BareJdbc), behind the same gate.
        given().get("/bench/bare/audit?resourceType=strategic-assessment&resourceId=x").then().statusCode(404);
    }
}
