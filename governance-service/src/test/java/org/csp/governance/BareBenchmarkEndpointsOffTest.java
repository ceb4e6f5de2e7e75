package org.csp.governance;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The benchmark's bare JDBC endpoints need no token, so they must not exist unless the benchmark asks. */
@QuarkusTest
class BareBenchmarkEndpointsOffTest {

    @Test
    void bareEndpointsAreAbsentByDefault() {
        given().get("/bench/bare/councillors/{id}", UUID.randomUUID()).then().statusCode(404);
        given().get("/bench/bare/councillors").then().statusCode(404);
        given().get("/bench/bare/audit?resourceType=x&resourceId=y").then().statusCode(404);
    }
}
