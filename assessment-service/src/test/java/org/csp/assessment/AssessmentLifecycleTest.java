package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A draft with evidence-linked priorities, edited under If-Match, published with its evidence, then frozen. */
@QuarkusTest
class AssessmentLifecycleTest {

    static String finding(String area) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","kind":"LOCATION","title":"Needle finds: Lower Boxley Road hotspot",
                 "summary":"Needle finds cluster on Lower Boxley Road; a needle collection scheme could be linked",
                 "source":"Maidstone Borough Council street cleansing","observedOn":"2019-01-15",
                 "measures":[],"location":{"name":"Lower Boxley Road","latitude":51.2786,"longitude":0.5226}}""".formatted(area))
                .post("/api/v1/findings").then().statusCode(201).extract().path("id");
    }

    static Response createWithEvidence(String area, String findingId) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"Strategic Assessment 2019-20",
                 "pendingData":["Needle exchange data from CGL West Kent Recovery Service to be added later"],
                 "priorities":[{"title":"Safeguarding people whose circumstances make them vulnerable",
                   "rationale":"Sexual offences rose sharply; domestic abuse is 15%% of all crime",
                   "categoryCodes":["sexual-offences","domestic-abuse"],
                   "evidence":[{"kind":"TREND","categoryCode":"sexual-offences","previous":"FY2017-18","current":"FY2018-19"},
                               {"kind":"FINDING","findingId":"%s"}]}]}""".formatted(area, findingId))
                .post("/api/v1/assessments");
    }

    @Test
    void publishingCarriesTheCategoriesAndEvidenceOfEachPriority() {
        String area = SeedTrendsTest.seeded();
        String findingId = finding(area);
        Response created = createWithEvidence(area, findingId);
        created.then().statusCode(201)
                .body("pendingData[0]", startsWith("Needle exchange data"))
                .body("priorities[0].evidence[0].kind", equalTo("TREND"))
                .body("priorities[0].evidence[0].summary", startsWith("Sexual offences (all) +48.2%"))
                .body("priorities[0].evidence[1].id", equalTo(findingId));
        String id = created.path("id");
        String trendId = given().auth().oauth2(TestTokens.officer()).queryParam("previous", "FY2017-18")
                .queryParam("current", "FY2018-19").queryParam("categoryCode", "sexual-offences")
                .get("/api/v1/areas/{area}/trends", area).then().statusCode(200).extract().path("figures[0].id");
        assertEquals(trendId, created.path("priorities[0].evidence[0].id"));

        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"0\"").post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(200);
        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord("csp.assessment.events",
                r -> id.equals(r.key()), Duration.ofSeconds(30));
        AsyncApiContract.assertValid("assessment", record);
        JsonPath payload = new JsonPath(record.value());
        assertEquals(area, payload.getString("areaCode"));
        assertEquals("2019-20", payload.getString("financialYear"));
        assertEquals(1, payload.getInt("priorities[0].position"));
        assertEquals(java.util.List.of("domestic-abuse", "sexual-offences"), payload.getList("priorities[0].categoryCodes"));
        assertEquals("trend", payload.getString("priorities[0].evidence[0].kind"));
        assertEquals(trendId, payload.getString("priorities[0].evidence[0].id"));
        assertEquals("finding", payload.getString("priorities[0].evidence[1].kind"));
    }

    @Test
    void aDraftIsEditedUnderIfMatchAndAPublishedOneCannotBeEdited() {
        String area = SeedTrendsTest.seeded();
        String id = createWithEvidence(area, finding(area)).then().statusCode(201).extract().path("id");
        String update = """
                {"title":"Strategic Assessment 2019-20 (revised)","pendingData":[],
                 "priorities":[{"title":"Reducing the harm caused by substance misuse","rationale":"Needle finds hotspot",
                   "categoryCodes":["drugs"],"evidence":[]}]}""";
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(update)
                .put("/api/v1/assessments/{id}", id).then().statusCode(428);
        String etag = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update).put("/api/v1/assessments/{id}", id).then().statusCode(200)
                .body("title", equalTo("Strategic Assessment 2019-20 (revised)"))
                .body("priorities.size()", equalTo(1)).body("priorities[0].categoryCodes", hasItem("drugs"))
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update).put("/api/v1/assessments/{id}", id).then().statusCode(412);
        given().auth().oauth2(TestTokens.officer()).header("If-Match", etag).post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "*")
                .body(update).put("/api/v1/assessments/{id}", id).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/assessment-not-draft"));
    }

    @Test
    void othersCannotSeeADraftButCanReadItOncePublished() {
        String area = SeedTrendsTest.seeded();
        String id = createWithEvidence(area, finding(area)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.agency("kent-police")).get("/api/v1/assessments/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.councillor()).queryParam("areaCode", area).get("/api/v1/assessments").then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"0\"").post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.agency("kent-police")).get("/api/v1/assessments/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.councillor()).queryParam("areaCode", area).queryParam("status", "PUBLISHED")
                .get("/api/v1/assessments").then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.councillor()).queryParam("status", "SHELVED").get("/api/v1/assessments").then()
                .statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void evidenceThatDoesNotExistIsRefusedNamingTheField() {
        String area = SeedTrendsTest.seeded();
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"SA",
                 "priorities":[{"title":"T","rationale":"R","categoryCodes":["fly-tipping"],"evidence":[]}]}""".formatted(area))
                .post("/api/v1/assessments").then().statusCode(400).body("errors.field", hasItem("priorities[0].categoryCodes"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"SA",
                 "priorities":[{"title":"T","rationale":"R","categoryCodes":[],
                   "evidence":[{"kind":"TREND","categoryCode":"sexual-offences","previous":"FY2010-11","current":"FY2018-19"}]}]}"""
                .formatted(area)).post("/api/v1/assessments").then().statusCode(400)
                .body("errors.field", hasItem("priorities[0].evidence[0]"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"SA",
                 "priorities":[{"title":"T","rationale":"R","evidence":[{"kind":"FINDING","findingId":"%s"}]}]}"""
                .formatted(area, java.util.UUID.randomUUID())).post("/api/v1/assessments").then().statusCode(400)
                .body("errors.field", hasItem("priorities[0].evidence[0].findingId"));
    }

    @Test
    void evidenceGivingAFieldOfTheOtherKindIsRefusedNamingItInsteadOfIgnoringIt() {
        String area = SeedTrendsTest.seeded();
        String findingId = finding(area);
        for (String[] evidence : new String[][] {
                {"{\"kind\":\"FINDING\",\"findingId\":\"" + findingId + "\",\"categoryCode\":\"sexual-offences\"}", "categoryCode"},
                {"{\"kind\":\"FINDING\",\"findingId\":\"" + findingId + "\",\"previous\":\"FY2017-18\"}", "previous"},
                {"{\"kind\":\"FINDING\",\"findingId\":\"" + findingId + "\",\"trendId\":\"" + findingId + "\"}", "trendId"},
                {"{\"kind\":\"TREND\",\"categoryCode\":\"sexual-offences\",\"previous\":\"FY2017-18\",\"current\":\"FY2018-19\","
                        + "\"findingId\":\"" + findingId + "\"}", "findingId"}}) {
            given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                    {"areaCode":"%s","financialYear":"2019-20","title":"SA","priorities":[{"title":"T","rationale":"R","evidence":[%s]}]}"""
                    .formatted(area, evidence[0])).post("/api/v1/assessments").then().statusCode(400)
                    .body("errors[0].field", equalTo("priorities[0].evidence[0]." + evidence[1]));
        }
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", area).get("/api/v1/assessments").then()
                .body("totalItems", equalTo(0));
    }
}
