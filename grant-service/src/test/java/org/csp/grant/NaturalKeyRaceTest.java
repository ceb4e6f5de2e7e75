package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.csp.platform.testing.Simultaneous;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Creates racing for one natural key: one wins, the others get the resource's 409, never a 500. */
@QuarkusTest
class NaturalKeyRaceTest {

    @Test
    void simultaneousAwardsToOneRecipientForOneYearCreateOneAndRefuseTheRest() throws Exception {
        String recipient = "Race BC " + UUID.randomUUID();
        int start = ThreadLocalRandom.current().nextInt(2040, 2090);
        String year = start + "-" + (start + 1) % 100;
        String body = GrantFixtures.awardBody(recipient, year, 1_000_000, 0);
        String token = TestTokens.officer();

        Simultaneous.assertOneCreatedOthersConflict(Simultaneous.fire(8, n -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(body).post("/api/v1/awards")), "award-exists");

        List<String> recipients = given().auth().oauth2(token).queryParam("year", year).queryParam("size", 200)
                .get("/api/v1/awards").then().statusCode(200).extract().jsonPath().getList("items.recipient");
        assertEquals(1, recipients.stream().filter(recipient::equals).count());
    }
}
