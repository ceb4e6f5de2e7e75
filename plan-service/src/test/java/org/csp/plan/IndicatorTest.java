package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator values per period, with RAG status and direction of travel computed from the configured thresholds. */
@QuarkusTest
class IndicatorTest {

    static String oneStopShopVisits() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String theme = PlanFixtures.theme(plan, "Reduce the harm caused by domestic abuse", null);
        String actionPlan = PlanFixtures.actionPlan(theme, "2019-20");
        return given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Visits to the One Stop Shop","unit":"visits","polarity":"HIGHER_IS_BETTER","baseline":100,
                         "target":120,"periods":["2019-Q1","2019-Q2","2019-Q3","2019-Q4"]}""")
                .post("/api/v1/action-plans/{id}/indicators", actionPlan).then().statusCode(201)
                .body("rag", equalTo("NOT_MEASURED")).body("directionOfTravel", equalTo("NOT_MEASURED"))
                .extract().path("id");
    }

    static ValidatableResponse record(String indicator, String period, String value) {
        String etag = PlanFixtures.etag("/api/v1/indicators/{id}", indicator);
        return given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"value\":" + value + "}").put("/api/v1/indicators/{id}/values/{period}", indicator, period).then();
    }

    @Test
    void recordedValuesGiveRagAgainstTheTargetAndDirectionAgainstThePreviousValue() {
        String indicator = oneStopShopVisits();
        record(indicator, "2019-Q1", "95").statusCode(200)
                .body("rag", equalTo("RED")).body("directionOfTravel", equalTo("WORSENING"));
        record(indicator, "2019-Q2", "110").statusCode(200)
                .body("rag", equalTo("AMBER")).body("directionOfTravel", equalTo("IMPROVING"))
                .body("latestPeriod", equalTo("2019-Q2"));
        record(indicator, "2019-Q3", "125").statusCode(200)
                .body("rag", equalTo("GREEN")).body("directionOfTravel", equalTo("IMPROVING"))
                .body("values.period", contains("2019-Q1", "2019-Q2", "2019-Q3"));
        record(indicator, "2019-Q2", "126").statusCode(200).body("directionOfTravel", equalTo("NO_CHANGE"));
        given().auth().oauth2(PlanFixtures.officer()).queryParam("rag", "GREEN").queryParam("size", 200)
                .get("/api/v1/indicators").then().statusCode(200).body("items.id", hasItem(indicator));
    }

    @Test
    void ragAndDirectionOfTravelAreAlwaysGivenAndTheContractDoesNotSayTheyMayBeNull() {
        String indicator = oneStopShopVisits();
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/indicators/{id}", indicator).then().statusCode(200)
                .body("rag", equalTo("NOT_MEASURED")).body("directionOfTravel", equalTo("NOT_MEASURED"));
        io.restassured.path.json.JsonPath schema = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().setRootPath("components.schemas.Indicator.properties");
        for (String property : List.of("rag", "directionOfTravel")) {
            assertEquals(null, schema.<Object>get(property + ".anyOf"), property + " is documented as possibly null");
            assertTrue(schema.getString(property + ".$ref").endsWith(property.equals("rag") ? "/RagStatus" : "/DirectionOfTravel"),
                    property + ": " + schema.get(property));
        }
    }

    /**
     * The columns keep four decimal places: before, a baseline of 420 read back as 420.0000 and a value of 12.5 as
     * 12.5000 (in GET, the list, and for earlier values in the answer to recording another).
     */
    @Test
    void indicatorNumbersReadBackExactlyAsTheClientWroteThem() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String theme = PlanFixtures.theme(plan, "Reduce the harm caused by domestic abuse", null);
        String actionPlan = PlanFixtures.actionPlan(theme, "2019-20");
        Response created = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Repeat referrals to MARAC","unit":"percent","polarity":"LOWER_IS_BETTER","baseline":420,
                         "target":12.5,"periods":["2019-Q1","2019-Q2"]}""")
                .post("/api/v1/action-plans/{id}/indicators", actionPlan);
        created.then().statusCode(201);
        String indicator = created.path("id");
        assertNumbers(created.asString(), "\"baseline\":420,", "\"target\":12.5,");

        String etag = PlanFixtures.etag("/api/v1/indicators/{id}", indicator);
        Response first = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"value\":12.5}").put("/api/v1/indicators/{id}/values/2019-Q1", indicator);
        first.then().statusCode(200);
        Response second = given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .header("If-Match", first.header("ETag")).body("{\"value\":420}")
                .put("/api/v1/indicators/{id}/values/2019-Q2", indicator);
        second.then().statusCode(200);
        String[] expected = {"\"baseline\":420,", "\"target\":12.5,", "\"period\":\"2019-Q1\",\"value\":12.5,",
                "\"period\":\"2019-Q2\",\"value\":420,", "\"latestValue\":420,"};
        assertNumbers(second.asString(), expected);

        Response read = given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/indicators/{id}", indicator);
        read.then().statusCode(200);
        assertNumbers(read.asString(), expected);
        Response listed = given().auth().oauth2(PlanFixtures.officer()).queryParam("actionPlanId", actionPlan)
                .get("/api/v1/indicators");
        listed.then().statusCode(200).body("items.id", contains(indicator));
        assertNumbers(listed.asString(), expected);
        // the same indicator has the same ETag on every read, and the one the last change answered with
        assertEquals(second.header("ETag"), read.header("ETag"));
        assertEquals(read.header("ETag"), given().auth().oauth2(PlanFixtures.officer())
                .get("/api/v1/indicators/{id}", indicator).header("ETag"));
    }

    /** Each expected piece of JSON text (a field and its number as written) is in the body, exactly. */
    static void assertNumbers(String body, String... expected) {
        for (String text : expected) {
            assertTrue(body.contains(text), "expected " + text + " in " + body);
        }
    }

    @Test
    void aValueForAPeriodTheIndicatorIsNotReportedForIsRefused() {
        String indicator = oneStopShopVisits();
        record(indicator, "2019-Q5", "10").statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/unknown-indicator-period"))
                .body("field", equalTo("period")).body("knownPeriods", hasItem("2019-Q1"));
    }

    @Test
    void recordingAValueNeedsTheCurrentETagAndAValidNumber() {
        String indicator = oneStopShopVisits();
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).body("{\"value\":1}")
                .put("/api/v1/indicators/{id}/values/2019-Q1", indicator).then().statusCode(428);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "\"9\"")
                .body("{\"value\":1}").put("/api/v1/indicators/{id}/values/2019-Q1", indicator).then().statusCode(412);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"value\":1e400}").put("/api/v1/indicators/{id}/values/2019-Q1", indicator).then().statusCode(400)
                .body("errors.field", hasItem("value"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"value\":\"lots\"}").put("/api/v1/indicators/{id}/values/2019-Q1", indicator).then().statusCode(400)
                .body("errors.field", hasItem("value"));
    }

    @Test
    void indicatorsNeedUniquePeriodsAndAnActionPlanYearInsideThePlan() {
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        String theme = PlanFixtures.theme(plan, "Keeping children and young people safe", null);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"financialYear\":\"2023-24\",\"outcome\":\"x\"}")
                .post("/api/v1/themes/{id}/action-plans", theme).then().statusCode(422).body("field", equalTo("financialYear"));
        String actionPlan = PlanFixtures.actionPlan(theme, "2019-20");
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"financialYear\":\"2019-20\",\"outcome\":\"x\"}")
                .post("/api/v1/themes/{id}/action-plans", theme).then().statusCode(409);
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"name\":\"n\",\"unit\":\"u\",\"polarity\":\"LOWER_IS_BETTER\",\"baseline\":1,\"target\":0,\"periods\":[\"Q1\",\"Q1\"]}")
                .post("/api/v1/action-plans/{id}/indicators", actionPlan).then().statusCode(400).body("errors.field", hasItem("periods"));
        given().auth().oauth2(PlanFixtures.officer()).contentType(ContentType.JSON)
                .body("{\"name\":\"n\",\"unit\":\"u\",\"polarity\":\"SIDEWAYS\",\"baseline\":1,\"target\":0,\"periods\":[\"Q1\"]}")
                .post("/api/v1/action-plans/{id}/indicators", actionPlan).then().statusCode(400).body("errors.field", hasItem("polarity"));
    }
}
