package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.AsyncApiContract;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentPublishingTest {

    static String body(String area) {
        return """
                {"areaCode":"%s","financialYear":"2019-20","title":"Strategic Assessment 2019-20",
                 "priorities":[{"title":"Safeguarding people whose circumstances make them vulnerable",
                                "rationale":"Sexual offences +48.2%% year on year; 15%% of all crime is domestic-abuse related"}]}
                """.formatted(area);
    }

    static Response create(String area) {
        Fixtures.createArea(area);
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(body(area))
                .post("/api/v1/assessments");
    }

    @Test
    void publishingRecordsACloudEventThatReachesTheTopic() {
        Response created = create("area-" + UUID.randomUUID());
        created.then().statusCode(201).header("ETag", "\"0\"");
        String id = created.path("id");

        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"0\"")
                .post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord("csp.assessment.events",
                r -> id.equals(r.key()), Duration.ofSeconds(30));
        AsyncApiContract.assertValid("assessment", record);
        assertEquals("org.csp.assessment.assessment-published.v1", KafkaTestClient.header(record, "ce_type"));
        assertEquals("1.0", KafkaTestClient.header(record, "ce_specversion"));
        assertEquals("/csp/assessment-service", KafkaTestClient.header(record, "ce_source"));
        assertEquals("strategic-assessment/" + id, KafkaTestClient.header(record, "ce_subject"));
        assertEquals("application/json", KafkaTestClient.header(record, "content-type"));
        assertEquals("officer@maidstone.test", KafkaTestClient.header(record, "ce_actor"));
        assertNotNull(KafkaTestClient.header(record, "ce_id"));
        assertNotNull(KafkaTestClient.header(record, "ce_time"));
        io.restassured.path.json.JsonPath payload = new io.restassured.path.json.JsonPath(record.value());
        assertEquals(id, payload.getString("assessmentId"));
        assertEquals("Safeguarding people whose circumstances make them vulnerable", payload.getString("priorities[0].title"));
    }

    @Test
    void publishingNeedsTheCurrentETag() {
        String id = create("area-" + UUID.randomUUID()).then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.officer()).post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"7\"")
                .post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(412).contentType("application/problem+json").body("currentETag", equalTo("\"0\""));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void aPublishedAssessmentCannotBePublishedAgain() {
        String id = create("area-" + UUID.randomUUID()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"0\"")
                .post("/api/v1/assessments/{id}/publish", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.officer()).header("If-Match", "*")
                .post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/assessment-not-draft"));
    }

    @Test
    void anAssessmentWithoutPrioritiesCannotBePublished() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String id = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + area + "\",\"financialYear\":\"2019-20\",\"title\":\"Empty\",\"priorities\":[]}")
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"0\"")
                .post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", startsWith("assessment " + id + " recommends no priorities"));
    }

    @Test
    void aFinancialYearWhoseSecondYearDoesNotFollowItsFirstIsRefusedAndCreatesNothing() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + area + "\",\"financialYear\":\"2019-25\",\"title\":\"x\",\"priorities\":[]}")
                .post("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("financialYear"));
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", area).get("/api/v1/assessments")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.officer()).queryParam("financialYear", "2019-25").get("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("financialYear"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + area + "\",\"financialYear\":\"1999-00\",\"title\":\"x\",\"priorities\":[]}")
                .post("/api/v1/assessments").then().statusCode(201);
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", area).queryParam("financialYear", "1999-00")
                .get("/api/v1/assessments").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void anAreaCodeIsSpeltOneWaySoOneAreaNeverBecomesTwo() {
        for (String code : new String[] {"Maidstone", "maidstone borough", "-maidstone", "maidstone_2"}) {
            given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                    .body("{\"areaCode\":\"" + code + "\",\"financialYear\":\"2019-20\",\"title\":\"x\",\"priorities\":[]}")
                    .post("/api/v1/assessments").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("areaCode"));
        }
        given().auth().oauth2(TestTokens.officer()).contentType("text/csv").queryParam("areaCode", "Maidstone")
                .queryParam("sourceCode", "street").queryParam("vintage", "v").body("Crime ID\n")
                .post("/api/v1/statistics/imports/street-level").then().statusCode(400).body("errors.field", hasItem("areaCode"));
        given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", "Maidstone").get("/api/v1/assessments")
                .then().statusCode(400).body("errors.field", hasItem("areaCode"));
    }

    @Test
    void invalidInputIsAProblemThatNamesTheField() {
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"maidstone\",\"financialYear\":\"2019\",\"title\":\"x\",\"priorities\":[]}")
                .post("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("financialYear"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("{\"areaCode\": [}")
                .post("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"m\",\"financialYear\":\"2019-20\",\"title\":\"x\",\"priorities\":[],\"colour\":\"red\"}")
                .post("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("colour"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", "not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("id"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void callsWithoutAValidTokenOrRoleAreRefused() {
        given().contentType(ContentType.JSON).body(body("x")).post("/api/v1/assessments")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(TestTokens.expired()).contentType(ContentType.JSON).body(body("x")).post("/api/v1/assessments")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.wrongSignature()).contentType(ContentType.JSON).body(body("x")).post("/api/v1/assessments")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.wrongAudience()).contentType(ContentType.JSON).body(body("x")).post("/api/v1/assessments")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.councillor()).contentType(ContentType.JSON).body(body("x")).post("/api/v1/assessments")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
