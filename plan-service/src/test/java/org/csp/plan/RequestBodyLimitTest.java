package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.OversizedBodies;
import org.junit.jupiter.api.Test;

/** A body over the limit is refused before it is read, however it is sent, and changes nothing. */
@QuarkusTest
class RequestBodyLimitTest {

    @Test
    void anOversizedBodyDeclaredOrChunkedIsAProblemAndChangesNothing() {
        String area = PlanFixtures.unique("big");
        String body = OversizedBodies.padded("""
                {"areaCode":"%s","title":"t","periodStart":"2019-04-01","periodEnd":"2022-03-31"}""".formatted(area));
        OversizedBodies.assertRefused(PlanFixtures.officer(), "/api/v1/plans", body);
        given().auth().oauth2(PlanFixtures.officer()).queryParam("areaCode", area).get("/api/v1/plans")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
