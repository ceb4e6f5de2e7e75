package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A typed query or path parameter that does not convert is a 400 naming it, not JAX-RS's 404. */
@QuarkusTest
class UnconvertibleParameterTest {

    @Test
    void aQueryIdThatIsNotAUuidIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(Fixtures.OFFICER).queryParam("bodyId", "not-a-uuid").get("/api/v1/meetings"),
                "bodyId", "must be a UUID");
    }

    @Test
    void aDateOrAFlagThatDoesNotParseIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(Fixtures.OFFICER).queryParam("from", "12/02/2019").get("/api/v1/meetings"),
                "from", "must be a date like 2019-02-26");
        assertRefusedNaming(given().auth().oauth2(Fixtures.OFFICER).queryParam("overdue", "yes").get("/api/v1/obligations"),
                "overdue");
    }

    @Test
    void aPathIdThatIsNotAUuidIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(Fixtures.OFFICER).get("/api/v1/bodies/{id}", "not-a-uuid"), "id");
    }
}
