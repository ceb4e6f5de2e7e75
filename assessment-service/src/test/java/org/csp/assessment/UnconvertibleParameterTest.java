package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A typed query or path parameter that does not convert is a 400 naming it, not JAX-RS's 404. */
@QuarkusTest
class UnconvertibleParameterTest {

    @Test
    void anUnknownStatusIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).queryParam("status", "draft").get("/api/v1/assessments"),
                "status", "must be one of [DRAFT, PUBLISHED, ENDORSED]");
    }

    @Test
    void aFlagThatIsNotABooleanIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).queryParam("domesticAbuseRelated", "yes")
                .get("/api/v1/categories"), "domesticAbuseRelated");
    }
}
