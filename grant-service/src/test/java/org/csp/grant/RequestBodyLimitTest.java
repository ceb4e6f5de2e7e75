package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.OversizedBodies;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A body over the limit is refused before it is read, however it is sent, and changes nothing. */
@QuarkusTest
class RequestBodyLimitTest {

    @Test
    void anOversizedBodyDeclaredOrChunkedIsAProblemAndChangesNothing() {
        String year = GrantFixtures.unusedFinancialYear();
        String body = OversizedBodies.padded(GrantFixtures.awardBody("Maidstone BC", year, 1_000_000, 0));
        OversizedBodies.assertRefused(TestTokens.officer(), "/api/v1/awards", body);
        given().auth().oauth2(TestTokens.officer()).queryParam("year", year).get("/api/v1/awards")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
