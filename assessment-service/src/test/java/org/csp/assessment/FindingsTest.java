package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The residents' survey and location findings, each with its source and date. */
@QuarkusTest
class FindingsTest {

    static final String SURVEY = """
            {"areaCode":"%s","kind":"SURVEY","title":"Residents' Survey 2017: feelings of safety and fears of crime",
             "summary":"Residents feel safe at home and in the day, less so at night; burglary and fraud are the commonest fears",
             "source":"Maidstone Borough Council Residents' Survey 2017","observedOn":"2017-12-31",
             "measures":[{"name":"responses","value":2350,"unit":"COUNT"},
                         {"name":"feel safe at home","value":93,"unit":"PERCENT"},
                         {"name":"feel safe in the local area in the day","value":94,"unit":"PERCENT"},
                         {"name":"feel safe in the local area at night","value":60,"unit":"PERCENT"},
                         {"name":"worried about burglary","value":46,"unit":"PERCENT"},
                         {"name":"worried about fraud or identity theft","value":56,"unit":"PERCENT"},
                         {"name":"worried about being attacked or assaulted","value":29,"unit":"PERCENT"},
                         {"name":"worried about being pestered or insulted","value":38,"unit":"PERCENT"}]}""";

    @Test
    void theResidentsSurveyIsKeptWithItsSourceDateAndFigures() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String id = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(SURVEY.formatted(area))
                .post("/api/v1/findings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.agency("kent-police")).get("/api/v1/findings/{id}", id).then().statusCode(200)
                .body("source", equalTo("Maidstone Borough Council Residents' Survey 2017"))
                .body("observedOn", equalTo("2017-12-31"))
                .body("measures.find { it.name == 'responses' }.value", equalTo(2350))
                .body("measures.find { it.name == 'feel safe at home' }.value", equalTo(93))
                .body("measures.find { it.name == 'feel safe in the local area at night' }.value", equalTo(60));
        given().auth().oauth2(TestTokens.councillor()).queryParam("areaCode", area).queryParam("kind", "SURVEY")
                .queryParam("period", "FY2017-18").get("/api/v1/findings").then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.councillor()).queryParam("areaCode", area).queryParam("kind", "LOCATION")
                .get("/api/v1/findings").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aLocationFindingNamesItsPlace() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        AssessmentLifecycleTest.finding(area);
        given().auth().oauth2(TestTokens.councillor()).queryParam("areaCode", area).queryParam("kind", "LOCATION")
                .get("/api/v1/findings").then().statusCode(200).body("items[0].location.name", equalTo("Lower Boxley Road"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","kind":"LOCATION","title":"Needle finds","summary":"s","source":"s","observedOn":"2019-01-15","measures":[]}"""
                .formatted(area)).post("/api/v1/findings").then().statusCode(400).body("errors.field", hasItem("location"));
    }

    @Test
    void invalidFindingsAreRefusedNamingTheField() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(SURVEY.formatted(area).replace("\"value\":93", "\"value\":193")).post("/api/v1/findings")
                .then().statusCode(400).body("errors.field", hasItem("measures[1].value"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(SURVEY.formatted(area).replace("2017-12-31", "31/12/2017")).post("/api/v1/findings")
                .then().statusCode(400).body("errors.field", hasItem("observedOn"));
        given().auth().oauth2(TestTokens.councillor()).queryParam("kind", "RUMOUR").get("/api/v1/findings")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(TestTokens.councillor()).get("/api/v1/findings/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
