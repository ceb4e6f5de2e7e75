package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.FORTY_THOUSAND_POUNDS;
import static org.csp.grant.GrantFixtures.awardBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Awards: £40,000 for 2019-20 with a tactical pot, its dated obligations, and the award-created event. */
@QuarkusTest
class AwardTest {

    static Response create(String body) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(body).post("/api/v1/awards");
    }

    @Test
    void theAwardCarriesTheConfiguredObligationsDatedInItsYearAndIsPublished() {
        String recipient = "Maidstone Borough Council " + UUID.randomUUID();
        Response created = create(awardBody(recipient, "2019-20", FORTY_THOUSAND_POUNDS, 500_000));
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("amountPence", equalTo(4_000_000)).body("tacticalPotPence", equalTo(500_000))
                .body("availableForAllocationPence", equalTo(3_500_000)).body("tacticalPotRemainingPence", equalTo(500_000))
                .body("obligations.find { it.code == 'pcc-proposal-report' }.dueDate", equalTo("2019-03-31"))
                .body("obligations.find { it.code == 'committee-progress-report' }.dueDate", equalTo("2019-09-30"));
        String id = created.path("id");

        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord("csp.grant.events",
                r -> id.equals(r.key()) && "org.csp.grant.award-created.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(30));
        AsyncApiContract.assertValid("grant", record);
        assertEquals("grant-award/" + id, KafkaTestClient.header(record, "ce_subject"));
        assertEquals("/csp/grant-service", KafkaTestClient.header(record, "ce_source"));
        JsonPath payload = new JsonPath(record.value());
        assertEquals(id, payload.getString("awardId"));
        assertEquals("2019-20", payload.getString("financialYear"));
        assertEquals(4_000_000L, payload.getLong("amountPence"));
        assertEquals(500_000L, payload.getLong("tacticalPotPence"));
        assertEquals("Kent Police and Crime Commissioner", payload.getString("funder"));
        assertEquals(recipient, payload.getString("recipient"));
        assertEquals(GrantFixtures.AREA, payload.getString("areaCode"));
        assertEquals("2019-03-31", payload.getString("obligations.find { it.code == 'pcc-proposal-report' }.dueDate"));
    }

    @Test
    void anAreaCodeIsSpeltOneWayAsPlanServiceSpellsIt() {
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(GrantFixtures.awardBodyIn("Maidstone", "MBC " + UUID.randomUUID(), "2019-20", 3_000_000, 0))
                .post("/api/v1/awards").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("areaCode"));
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", "Maidstone").get("/api/v1/awards")
                .then().statusCode(400).body("errors.field", hasItem("areaCode"));
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", "Maidstone").get("/api/v1/plan-priorities")
                .then().statusCode(400).body("errors.field", hasItem("areaCode"));
    }

    @Test
    void additionalObligationsAreKeptWithTheConfiguredOnes() {
        String body = awardBody("MBC " + UUID.randomUUID(), "2020-21", 3_000_000, 0).replaceFirst("}$",
                ",\"additionalObligations\":[{\"code\":\"year-end-return\",\"description\":\"Year-end spend return\",\"dueDate\":\"2021-04-30\"}]}");
        create(body).then().statusCode(201)
                .body("obligations.code", hasItem("year-end-return"))
                .body("obligations.find { it.code == 'pcc-proposal-report' }.dueDate", equalTo("2020-03-31"))
                .body("obligations.size()", equalTo(3));
    }

    @Test
    void aTacticalPotLargerThanTheAwardIsRefusedWithTheFigures() {
        create(awardBody("MBC " + UUID.randomUUID(), "2019-20", 100_000, 100_001)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/tactical-pot-exceeds-award"))
                .body("amountPence", equalTo(100_000)).body("tacticalPotPence", equalTo(100_001));
    }

    @Test
    void amountsMustBeWholeNonNegativePence() {
        for (String amount : new String[] {"12.5", "-1", "\"4000000\"", "4000000.0", "1e20", "null"}) {
            Response response = create(awardBody("MBC " + UUID.randomUUID(), "2019-20", amount, 0));
            assertEquals(400, response.statusCode(), amount + ": " + response.asString());
            assertEquals(List.of("amountPence"), response.path("errors.field"), amount + ": " + response.asString());
        }
        // a number too large for whole pence is a 400 problem too (the JSON reader refuses it before binding)
        create(awardBody("MBC " + UUID.randomUUID(), "2019-20", "99999999999999999999999", 0)).then().statusCode(400)
                .contentType("application/problem+json");
        create(awardBody("MBC " + UUID.randomUUID(), "2019-20", "10000000001", 0)).then().statusCode(400)
                .body("errors.field", hasItem("amountPence"));
    }

    @Test
    void anAwardFundsOneNamedAreaAndAwardsCanBeListedByArea() {
        String area = "maidstone-" + UUID.randomUUID();
        String body = GrantFixtures.awardBodyIn(area, "MBC " + UUID.randomUUID(), "2019-20", 1000, 0);
        create(body.replace("\"areaCode\":\"" + area + "\",", "")).then().statusCode(400)
                .body("errors.field", hasItem("areaCode"));
        create(body.replace(area, " ")).then().statusCode(400).body("errors.field", hasItem("areaCode"));
        create(body.replace(area, "a".repeat(51))).then().statusCode(400).body("errors.field", hasItem("areaCode"));
        String id = create(body).then().statusCode(201).body("areaCode", equalTo(area)).extract().path("id");

        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", area).get("/api/v1/awards").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void theFinancialYearMustBeTwoConsecutiveYears() {
        create(awardBody("MBC " + UUID.randomUUID(), "2019-21", 1000, 0)).then().statusCode(400)
                .body("errors.field", hasItem("financialYear"));
        create(awardBody("MBC " + UUID.randomUUID(), "19-20", 1000, 0)).then().statusCode(400)
                .body("errors.field", hasItem("financialYear"));
    }

    @Test
    void aSecondAwardFromTheSameFunderToTheSameRecipientForTheSameYearIsAConflict() {
        String recipient = "MBC " + UUID.randomUUID();
        create(awardBody(recipient, "2019-20", 1000, 0)).then().statusCode(201);
        create(awardBody(recipient, "2019-20", 2000, 0)).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/award-exists"));
    }

    @Test
    void theSameFunderAndRecipientInAnotherCaseOrSpacingIsTheSameAward() {
        String recipient = "Maidstone BC " + UUID.randomUUID();
        create(awardBody("  " + recipient.replace(" ", "   ") + " ", "2019-20", 1000, 0)).then().statusCode(201)
                .body("recipient", equalTo(recipient)).body("funder", equalTo("Kent Police and Crime Commissioner"));
        create(awardBody(recipient.toUpperCase(Locale.ROOT), "2019-20", 2000, 0)).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/award-exists"));
        create(awardBody(recipient, "2019-20", 2000, 0).replace("Kent Police and Crime Commissioner", " kent police AND crime commissioner"))
                .then().statusCode(409).body("type", equalTo("https://csp.example.org/problems/award-exists"));
    }

    @Test
    void updatingAnAwardNeedsItsCurrentETagAndMustCoverWhatIsAllocatedAndDrawn() {
        String id = GrantFixtures.award(1_000_000, 200_000);
        String priority = GrantFixtures.adoptedPriorities(1).get(0);
        GrantFixtures.approvedBid(id, 700_000, 700_000, priority);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":20000,\"reason\":\"x\",\"approvedBy\":\"Community Protection Manager\"}")
                .post("/api/v1/awards/{id}/tactical-draws", id).then().statusCode(201);
        String update = "{\"amountPence\":%d,\"tacticalPotPence\":%d,\"conditions\":\"Revised\"}";

        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(update.formatted(900_000, 200_000))
                .put("/api/v1/awards/{id}", id).then().statusCode(428);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(update.formatted(900_000, 200_000)).put("/api/v1/awards/{id}", id).then().statusCode(412);
        String etag = GrantFixtures.getAward(id).header("ETag");
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(update.formatted(800_000, 200_000)).put("/api/v1/awards/{id}", id).then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/award-below-allocations"))
                .body("allocatedPence", equalTo(700_000));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(update.formatted(1_000_000, 10_000)).put("/api/v1/awards/{id}", id).then().statusCode(422)
                .body("type", equalTo("https://csp.example.org/problems/tactical-pot-below-draws"))
                .body("drawnPence", equalTo(20_000));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(update.formatted(950_000, 250_000)).put("/api/v1/awards/{id}", id).then().statusCode(200)
                .body("availableForAllocationPence", equalTo(0)).body("tacticalPotRemainingPence", equalTo(230_000))
                .body("conditions", equalTo("Revised"));
    }

    @Test
    void awardsAreListedByYear() {
        String id = GrantFixtures.award(1000, 0);
        given().auth().oauth2(TestTokens.agency("kent-police")).queryParam("year", "2019-20").queryParam("size", 200)
                .get("/api/v1/awards").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(TestTokens.pcc()).queryParam("year", "2031-32").get("/api/v1/awards")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.pcc()).queryParam("year", "nonsense").get("/api/v1/awards")
                .then().statusCode(400);
    }
}
