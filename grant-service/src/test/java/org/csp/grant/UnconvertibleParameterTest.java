package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A typed query or path parameter that does not convert is a 400 naming it, not JAX-RS's 404. */
@QuarkusTest
class UnconvertibleParameterTest {

    @Test
    void aQueryIdThatIsNotAUuidIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).queryParam("awardId", "not-a-uuid").get("/api/v1/bids"),
                "awardId", "must be a UUID");
    }

    @Test
    void anUnknownStatusIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).queryParam("status", "LOST").get("/api/v1/bids"), "status");
    }

    @Test
    void aPathIdThatIsNotAUuidIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}", "not-a-uuid"), "id");
    }
}
