package org.csp.assessment;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What a frontend reads in the OpenAPI document is what the service answers: each refusal here is documented on its
 * operation under its status, with a named example of its problem type.
 */
@QuarkusTest
class DocumentedRefusalsTest {

    static final String PROBLEMS = "https://csp.example.org/problems/";

    private final List<String> undocumented = new ArrayList<>();
    private JsonPath contract;

    private void assertDocumented(String path, String method, Response answer) {
        if (contract == null) {
            contract = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        }
        int status = answer.statusCode();
        String type = answer.jsonPath().getString("type");
        Map<String, Object> examples = contract.getMap("paths.'" + path + "'." + method + ".responses.'" + status
                + "'.content.'application/problem+json'.examples");
        List<String> types = examples == null ? List.of() : examples.values().stream()
                .map(e -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) e).get("value")).get("type"))).toList();
        if (!types.contains(type)) {
            undocumented.add(method.toUpperCase() + " " + path + " answered " + status + " " + type + "; documented " + types);
        }
    }

    @Test
    void eachRefusalIsDocumentedOnItsOperationWithItsProblemType() {
        String nowhere = Fixtures.uniqueArea();
        String officer = TestTokens.officer();

        Response unknownArea = given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"SA","priorities":[]}""".formatted(nowhere)).post("/api/v1/assessments");
        Assertions.assertEquals(404, unknownArea.statusCode());
        assertDocumented("/api/v1/assessments", "post", unknownArea);
        assertDocumented("/api/v1/findings", "post", given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","kind":"SURVEY","title":"Survey","summary":"s","source":"s","observedOn":"2017-11-30","measures":[]}"""
                .formatted(nowhere)).post("/api/v1/findings"));
        assertDocumented("/api/v1/statistics/imports", "post",
                Fixtures.importJson(officer, Fixtures.seedImportBody(nowhere, "kent-police"), "ALL_OR_NOTHING"));
        assertDocumented("/api/v1/statistics/imports/street-level", "post",
                StreetLevelCsvImportTest.upload(officer, nowhere, "street-x", "ALL_OR_NOTHING", StreetLevelCsvImportTest.HEADER));

        String area = SeedTrendsTest.seeded();
        String draft = CandidatePrioritiesTest.draft(area);
        assertDocumented("/api/v1/assessments", "post", given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"SA","priorities":[]}""".formatted(area)).post("/api/v1/assessments"));
        assertDocumented("/api/v1/categories", "post", given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                {"code":"burglary","name":"Burglary","mapsTo":[],"domesticAbuseRelated":false,"countsTowardsTotal":false}""")
                .post("/api/v1/categories"));

        List<String> candidates = CandidatePrioritiesTest.propose(draft).getList("id");
        given().auth().oauth2(officer).header("If-Match", "*").post("/api/v1/assessments/{id}/candidates/{c}/drop", draft, candidates.get(0))
                .then().statusCode(200);
        assertDocumented("/api/v1/assessments/{id}/candidates/{candidateId}/drop", "post", given().auth().oauth2(officer)
                .header("If-Match", "*").post("/api/v1/assessments/{id}/candidates/{c}/drop", draft, candidates.get(0)));
        assertDocumented("/api/v1/assessments/{id}/candidates/{candidateId}/accept", "post", given().auth().oauth2(officer)
                .contentType(ContentType.JSON).header("If-Match", "*").body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", draft, candidates.get(0)));
        assertDocumented("/api/v1/assessments/{id}/candidates", "post", given().auth().oauth2(officer)
                .queryParam("previous", "FY2010-11").queryParam("current", "FY2018-19").post("/api/v1/assessments/{id}/candidates", draft));
        String bare = Fixtures.uniqueArea();
        Fixtures.createArea(bare);
        assertDocumented("/api/v1/assessments/{id}/candidates", "post", given().auth().oauth2(officer)
                .queryParam("previous", "FY2017-18").queryParam("current", "FY2018-19")
                .post("/api/v1/assessments/{id}/candidates", CandidatePrioritiesTest.draft(bare)));

        String police = TestTokens.agency("kent-police");
        assertDocumented("/api/v1/statistics/imports", "post",
                Fixtures.importJson(police, Fixtures.seedImportBody(area, "kent-police"), "ALL_OR_NOTHING"));
        assertDocumented("/api/v1/statistics/imports/street-level", "post",
                StreetLevelCsvImportTest.upload(police, area, "kent-police", "ALL_OR_NOTHING", StreetLevelCsvImportTest.HEADER));

        assertDocumented("/api/v1/statistics/imports/street-level", "post", StreetLevelCsvImportTest.upload(area, "street-x",
                "ALL_OR_NOTHING", "application/json", StreetLevelCsvImportTest.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        Assertions.assertTrue(undocumented.isEmpty(), String.join("\n", undocumented));
    }
}
