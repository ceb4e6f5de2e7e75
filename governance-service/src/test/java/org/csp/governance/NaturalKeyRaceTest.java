package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import java.util.UUID;
import org.csp.platform.testing.Simultaneous;
import org.junit.jupiter.api.Test;

/** Creates racing for one natural key: one wins, the others get the resource's 409, never a 500. */
@QuarkusTest
class NaturalKeyRaceTest {

    static String committeeNamed(String name) {
        return """
                {"name":"%s","kind":"COMMITTEE","crimeAndDisorderCommittee":false}""".formatted(name);
    }

    @Test
    void simultaneousBodiesWithOneNameCreateOneAndRefuseTheRest() throws Exception {
        String name = "Race Committee " + UUID.randomUUID();
        String body = committeeNamed(name);

        Simultaneous.assertOneCreatedOthersConflict(Simultaneous.fire(8, n -> Fixtures.post("/api/v1/bodies", body)),
                "body-exists");

        given().auth().oauth2(Fixtures.OFFICER).queryParam("name", name).get("/api/v1/bodies")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].name", equalTo(name));
    }

    @Test
    void simultaneousBodiesWhoseNamesDifferOnlyInCaseCreateOne() throws Exception {
        String name = "Case Race Committee " + UUID.randomUUID();
        Simultaneous.assertOneCreatedOthersConflict(Simultaneous.fire(8, n -> Fixtures.post("/api/v1/bodies",
                committeeNamed(n % 2 == 0 ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT)))),
                "body-exists");

        given().auth().oauth2(Fixtures.OFFICER).queryParam("name", name).get("/api/v1/bodies")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aBodyNameIsStoredWithoutStraySpacesAndIsTheSameNameWhateverItsCaseOrSpacing() {
        String name = "Spacing Committee " + UUID.randomUUID();
        Fixtures.post("/api/v1/bodies", committeeNamed("  " + name.replace(" ", "\\t  ") + " "))
                .then().statusCode(201).body("name", equalTo(name));
        Fixtures.post("/api/v1/bodies", committeeNamed(name.toLowerCase(Locale.ROOT)))
                .then().statusCode(409).body("type", equalTo("https://csp.example.org/problems/body-exists"))
                .body("detail", equalTo("a body named '" + name.toLowerCase(Locale.ROOT) + "' already exists"));
    }
}
