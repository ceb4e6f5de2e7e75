package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A typed query or path parameter that does not convert is a 400 naming it, not JAX-RS's 404. */
@QuarkusTest
class UnconvertibleParameterTest {

    @Test
    void aQueryIdThatIsNotAUuidIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(PlanFixtures.officer()).queryParam("planId", "not-a-uuid").get("/api/v1/actions"),
                "planId", "must be a UUID");
    }

    @Test
    void anUnknownKindOrAPageSizeThatIsNotANumberIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(PlanFixtures.officer()).queryParam("kind", "PANEL").get("/api/v1/groups"), "kind");
        assertRefusedNaming(given().auth().oauth2(PlanFixtures.officer()).queryParam("size", "twenty").get("/api/v1/groups"), "size");
    }

    @Test
    void aPathIdThatIsNotAUuidIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/groups/{id}", "42"), "id");
    }
}
