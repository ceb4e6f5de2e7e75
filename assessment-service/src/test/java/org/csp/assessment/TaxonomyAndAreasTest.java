package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaxonomyAndAreasTest {

    @Test
    void theTaxonomyHoldsTheDataPoliceUkSlugsAndTheHomeOfficeGroupsMappedToThem() {
        given().auth().oauth2(TestTokens.councillor()).queryParam("scheme", "POLICE_UK").queryParam("size", 200)
                .get("/api/v1/categories").then().statusCode(200)
                .body("totalItems", equalTo(14))
                .body("items.code", hasItems("anti-social-behaviour", "bicycle-theft", "burglary", "criminal-damage-arson",
                        "drugs", "other-theft", "possession-of-weapons", "public-order", "robbery", "shoplifting",
                        "theft-from-the-person", "vehicle-crime", "violent-crime", "other-crime"));
        given().auth().oauth2(TestTokens.agency("kent-police")).queryParam("mapsTo", "violent-crime").queryParam("size", 200)
                .get("/api/v1/categories").then().statusCode(200)
                .body("items.code", hasItems("sexual-offences", "violence-against-the-person", "most-serious-violence",
                        "violence-without-injury"))
                .body("items.code", not(hasItem("drug-possession")));
        given().auth().oauth2(TestTokens.pcc()).get("/api/v1/categories/{code}", "domestic-abuse").then().statusCode(200)
                .body("domesticAbuseRelated", equalTo(true)).body("scheme", equalTo("HOME_OFFICE"));
        given().auth().oauth2(TestTokens.pcc()).get("/api/v1/categories/{code}", "violent-crime").then().statusCode(200)
                .body("streetLevelName", equalTo("Violence and sexual offences"));
    }

    @Test
    void aPartnershipCanAddACategoryButNotTwiceNorMappedToAnUnknownSlug() {
        String code = "needles-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"code":"%s","name":"Discarded needle finds","parentCode":"drugs","domesticAbuseRelated":false,
                 "countsTowardsTotal":false,"mapsTo":["drugs"]}""".formatted(code);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(body).post("/api/v1/categories")
                .then().statusCode(201).body("scheme", equalTo("LOCAL")).body("addedBy", equalTo("officer@maidstone.test"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body(body).post("/api/v1/categories")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body(body.replace(code, code + "-x").replace("[\"drugs\"]", "[\"sexual-offences\"]"))
                .post("/api/v1/categories").then().statusCode(400).body("errors.field", hasItem("mapsTo"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/categories/{code}", "fly-tipping")
                .then().statusCode(404).body("type", equalTo("https://csp.example.org/problems/unknown-category"));
    }

    @Test
    void anAreaKeepsItsPopulationByYearAndUpdatesNeedTheCurrentETag() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        given().auth().oauth2(TestTokens.agency("kent-police")).get("/api/v1/areas/{code}", area).then().statusCode(200)
                .header("ETag", "\"0\"").body("populations.find { it.year == 2018 }.population", equalTo(171826));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("{\"population\":173000}")
                .put("/api/v1/areas/{code}/populations/{year}", area, 2019).then().statusCode(428);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"5\"")
                .body("{\"population\":173000}").put("/api/v1/areas/{code}/populations/{year}", area, 2019).then().statusCode(412);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"population\":173000}").put("/api/v1/areas/{code}/populations/{year}", area, 2019).then().statusCode(200)
                .body("populations.find { it.year == 2019 }.population", equalTo(173000));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"population\":0}").put("/api/v1/areas/{code}/populations/{year}", area, 2019).then().statusCode(400)
                .body("errors.field", hasItem("population"));
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON)
                .body("{\"code\":\"Bad Code\",\"name\":\"x\",\"populations\":[]}").post("/api/v1/areas").then().statusCode(400)
                .body("errors.field", hasItem("code"));
    }
}
