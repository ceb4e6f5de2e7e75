package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.grant.GrantFixtures.bidBody;
import static org.csp.grant.GrantFixtures.draftBid;
import static org.csp.grant.GrantFixtures.post;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PCC return, the September progress report and the 360Giving export of the 2019-20 grant. */
@QuarkusTest
class GrantReportsTest {

    String awardId;
    String outreach;
    String patrols;
    List<String> priorities;

    /** £40,000 with a £5,000 pot; two funded projects, one rejected bid, one draw from the pot. */
    @BeforeEach
    void grantYear() {
        awardId = GrantFixtures.award(GrantFixtures.FORTY_THOUSAND_POUNDS, 500_000);
        priorities = GrantFixtures.adoptedPriorities(2);
        outreach = GrantFixtures.approvedBid(awardId, 1_200_000, 1_000_000, priorities.get(0));
        String police = TestTokens.agency("kent-police");
        patrols = draftBid(police, bidBody(awardId, "AGENCY", "kent-police", 800_000, priorities.get(1)));
        post(police, patrols, "submit", null).then().statusCode(200);
        post(TestTokens.officer(), patrols, "sift", "{\"outcome\":\"SHORTLISTED\"}").then().statusCode(200);
        post(TestTokens.officer(), patrols, "approve", "{\"allocatedPence\":800000}").then().statusCode(200);
        post(TestTokens.officer(), patrols, "start-delivery", null).then().statusCode(200);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":600000,\"paidOn\":\"" + GrantFixtures.today() + "\",\"reference\":\"PO-77\"}")
                .post("/api/v1/bids/{id}/payments", patrols).then().statusCode(201);
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body("{\"reportedOn\":\"2019-08-31\",\"summary\":\"Patrols in 6 of 8 hotspots\",\"rag\":\"AMBER\"}")
                .post("/api/v1/bids/{id}/progress-reports", patrols).then().statusCode(201);
        String rejected = GrantFixtures.draftBid(TestTokens.officer(), bidBody(awardId, "SUB_GROUP", "cysg", 100, priorities.get(0)));
        post(TestTokens.officer(), rejected, "submit", null).then().statusCode(200);
        post(TestTokens.officer(), rejected, "sift", "{\"outcome\":\"REJECTED\",\"reason\":\"Mainstream funded\"}").then().statusCode(200);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":75000,\"reason\":\"Needle sweeps\",\"approvedBy\":\"CSP executive\"}")
                .post("/api/v1/awards/{id}/tactical-draws", awardId).then().statusCode(201);
    }

    @Test
    void thePccReturnListsTheFundedProjectsTheirPrioritiesAndTheTacticalPot() {
        given().auth().oauth2(TestTokens.pcc()).get("/api/v1/awards/{id}/pcc-return", awardId).then().statusCode(200)
                .body("areaCode", equalTo(GrantFixtures.AREA)).body("amountPence", equalTo(4_000_000)).body("availableForBidsPence", equalTo(3_500_000))
                .body("allocatedPence", equalTo(1_800_000)).body("unallocatedPence", equalTo(1_700_000))
                .body("projects.bidId", containsInAnyOrder(outreach, patrols))
                .body("projects.find { it.bidId == '" + patrols + "' }.planPriorities[0].title", equalTo("Priority " + priorities.get(1)))
                .body("projects.find { it.bidId == '" + patrols + "' }.planPriorities[0].current", equalTo(true))
                .body("projects.find { it.bidId == '" + outreach + "' }.pccPriorities[0]", equalTo("Tackle violence and abuse"))
                .body("projects.find { it.bidId == '" + outreach + "' }.allocatedPence", equalTo(1_000_000))
                .body("tacticalPot.potPence", equalTo(500_000)).body("tacticalPot.drawnPence", equalTo(75_000))
                .body("tacticalPot.remainingPence", equalTo(425_000)).body("tacticalPot.draws[0].reason", equalTo("Needle sweeps"))
                .body("obligations.find { it.code == 'pcc-proposal-report' }.dueDate", equalTo("2019-03-31"));
    }

    @Test
    void theProgressReportShowsSpendToDateLatestProgressAndUnderspend() {
        post(TestTokens.officer(), patrols, "complete", null).then().statusCode(200);
        given().auth().oauth2(TestTokens.councillor()).get("/api/v1/awards/{id}/progress-report", awardId).then().statusCode(200)
                .body("allocatedPence", equalTo(1_800_000)).body("spendToDatePence", equalTo(600_000))
                .body("underspendPence", equalTo(200_000)).body("unallocatedPence", equalTo(1_700_000))
                .body("projects.find { it.bidId == '" + patrols + "' }.latestProgress.rag", equalTo("AMBER"))
                .body("projects.find { it.bidId == '" + patrols + "' }.underspendPence", equalTo(200_000))
                .body("projects.find { it.bidId == '" + outreach + "' }.unspentPence", equalTo(1_000_000))
                .body("projects.find { it.bidId == '" + outreach + "' }.latestProgress", equalTo(null))
                .body("tacticalPot.remainingPence", equalTo(425_000));
    }

    @Test
    void theThreeSixtyGivingExportOfAwardedBidsValidatesAgainstTheStandard() throws Exception {
        String body = given().auth().oauth2(TestTokens.agency("kent-fire")).get("/api/v1/awards/{id}/360giving", awardId)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        JsonNode export = new ObjectMapper().readTree(body);
        assertEquals(List.of(), ThreeSixtyGivingSchema.errors(export));
        assertEquals(2, export.get("grants").size());
        JsonNode grant = null;
        for (JsonNode g : export.get("grants")) {
            if (g.get("id").asText().endsWith(patrols)) {
                grant = g;
            }
        }
        assertEquals("360G-maidstone-csp-" + patrols, grant.get("id").asText());
        assertEquals("GBP", grant.get("currency").asText());
        assertTrue(grant.get("amountAwarded").isNumber());
        assertEquals(0, new BigDecimal("8000.00").compareTo(grant.get("amountAwarded").decimalValue()));
        assertEquals(0, new BigDecimal("8000").compareTo(grant.get("amountAppliedFor").decimalValue()));
        assertEquals(0, new BigDecimal("6000").compareTo(grant.get("amountDisbursed").decimalValue()));
        assertEquals("2019-04-01", grant.at("/plannedDates/0/startDate").asText());
        assertEquals("Kent Police and Crime Commissioner", grant.at("/fundingOrganization/0/name").asText());
        assertEquals("Applicant kent-police", grant.at("/recipientOrganization/0/name").asText());
        assertEquals("pcc-community-safety-grant-2019-20", grant.at("/grantProgramme/0/code").asText());
    }

    @Test
    void aBidWithdrawnAfterAPaymentStaysInEveryReportWithWhatWasPaid() throws Exception {
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"amountPence\":250000,\"paidOn\":\"" + GrantFixtures.today() + "\",\"reference\":\"PO-12\"}")
                .post("/api/v1/bids/{id}/payments", outreach).then().statusCode(201);
        post(TestTokens.officer(), outreach, "withdraw", "{\"reason\":\"Project lead left\"}").then().statusCode(200)
                .body("allocatedPence", equalTo(250_000));

        given().auth().oauth2(TestTokens.pcc()).get("/api/v1/awards/{id}/pcc-return", awardId).then().statusCode(200)
                .body("allocatedPence", equalTo(1_050_000)).body("projects.allocatedPence.sum()", equalTo(1_050_000))
                .body("projects.find { it.bidId == '" + outreach + "' }.status", equalTo("WITHDRAWN"));
        given().auth().oauth2(TestTokens.councillor()).get("/api/v1/awards/{id}/progress-report", awardId).then().statusCode(200)
                .body("allocatedPence", equalTo(1_050_000)).body("projects.allocatedPence.sum()", equalTo(1_050_000))
                .body("spendToDatePence", equalTo(850_000))
                .body("projects.find { it.bidId == '" + outreach + "' }.unspentPence", equalTo(0));
        JsonNode export = new ObjectMapper().readTree(given().auth().oauth2(TestTokens.officer())
                .get("/api/v1/awards/{id}/360giving", awardId).then().statusCode(200).extract().asString());
        assertEquals(List.of(), ThreeSixtyGivingSchema.errors(export));
        JsonNode withdrawn = null;
        for (JsonNode g : export.get("grants")) {
            if (g.get("id").asText().endsWith(outreach)) {
                withdrawn = g;
            }
        }
        assertEquals(0, new BigDecimal("2500").compareTo(withdrawn.get("amountAwarded").decimalValue()));
        assertEquals(0, new BigDecimal("2500").compareTo(withdrawn.get("amountDisbursed").decimalValue()));
    }

    @Test
    void aBidWithdrawnBeforeAnyPaymentLeavesTheReports() {
        post(TestTokens.officer(), outreach, "withdraw", "{\"reason\":\"Project lead left\"}").then().statusCode(200);

        given().auth().oauth2(TestTokens.pcc()).get("/api/v1/awards/{id}/pcc-return", awardId).then().statusCode(200)
                .body("allocatedPence", equalTo(800_000)).body("projects.bidId", containsInAnyOrder(patrols));
    }

    @Test
    void theSchemaRefusesAnExportThatBreaksTheStandard() throws Exception {
        String body = given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards/{id}/360giving", awardId).asString();
        ObjectNode grant = (ObjectNode) new ObjectMapper().readTree(body).get("grants").get(0);
        ObjectNode broken = grant.deepCopy();
        broken.remove("recipientOrganization");
        broken.put("amountAwarded", "8000.00");
        broken.put("awardDate", "14/03/2019");
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.putArray("grants").add(broken);
        List<String> errors = ThreeSixtyGivingSchema.errors(doc);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.contains("recipientOrganization")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("amountAwarded")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("awardDate")), errors.toString());
    }
}
