package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.csp.platform.testing.Simultaneous;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Creates racing for one natural key: one wins, the others get the resource's 409, never a 500. */
@QuarkusTest
class NaturalKeyRaceTest {

    @Inject
    DataSource dataSource;

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

    @Test
    void theDatabaseRefusesASecondAwardWhoseNamesDifferOnlyInCase() throws Exception {
        // What decides between two creates that both passed the service's check is the unique index; inserted
        // directly, so that the index itself is what is tested.
        String insert = "insert into grant_award (id, funder, recipient, financial_year, amount_pence, tactical_pot_pence,"
                + " created_at, created_by) values (?, ?, ?, '2051-52', 1000, 0, now(), 'test')";
        String recipient = "Index BC " + UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(insert)) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, "Kent Police and Crime Commissioner");
            s.setString(3, recipient);
            s.executeUpdate();
            s.setObject(1, UUID.randomUUID());
            s.setString(2, "KENT POLICE AND CRIME COMMISSIONER");
            s.setString(3, recipient.toLowerCase(Locale.ROOT));
            SQLException refused = assertThrows(SQLException.class, s::executeUpdate);
            assertEquals("23505", refused.getSQLState(), refused.getMessage());
        }
    }
}
