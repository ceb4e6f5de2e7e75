package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.csp.governance.Fixtures.OFFICER;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.csp.platform.testing.OversizedBodies;
import org.junit.jupiter.api.Test;

/** A body over the limit is refused before it is read, however it is sent, and changes nothing. */
@QuarkusTest
class RequestBodyLimitTest {

    @Test
    void anOversizedBodyDeclaredOrChunkedIsAProblemAndChangesNothing() {
        String name = "Cllr " + UUID.randomUUID();
        String body = OversizedBodies.padded("""
                {"name":"%s","ward":"Shepway South","termStart":"2015-05-07"}""".formatted(name));
        OversizedBodies.assertRefused(OFFICER, "/api/v1/councillors", body);
        given().auth().oauth2(OFFICER).queryParam("name", name).get("/api/v1/councillors")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
