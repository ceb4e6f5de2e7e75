package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.csp.platform.testing.Simultaneous;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Candidates come from the largest significant rises; the officer accepts, edits or drops them. */
@QuarkusTest
class CandidatePrioritiesTest {

    static String draft(String area) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"Strategic Assessment 2019-20","priorities":[]}""".formatted(area))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    static JsonPath propose(String id) {
        return given().auth().oauth2(TestTokens.officer()).queryParam("previous", "FY2017-18").queryParam("current", "FY2018-19")
                .post("/api/v1/assessments/{id}/candidates", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theLargestSignificantRisesAreProposedLargestFirst() {
        String id = draft(SeedTrendsTest.seeded());
        JsonPath candidates = propose(id);
        // thresholds (application.properties defaults): a rise of at least 20% to at least 50 crimes
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("sexual-offences", "violence-against-the-person",
                "most-serious-violence", "violence-without-injury"), candidates.getList("categoryCode"));
        org.junit.jupiter.api.Assertions.assertTrue(candidates.getString("[0].rationale").contains("recorded separately"));
        propose(id); // proposing again adds nothing
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}/candidates", id).then().statusCode(200)
                .body("size()", equalTo(4)).body("categoryCode", not(hasItem("domestic-abuse")))
                .body("categoryCode", not(hasItem("theft-from-the-person")));
    }

    @Test
    void anAcceptedCandidateBecomesAPriorityLinkedToItsTrendAndADroppedOneDoesNot() {
        String id = draft(SeedTrendsTest.seeded());
        JsonPath candidates = propose(id);
        String first = candidates.getString("[0].id");
        String second = candidates.getString("[1].id");
        String trendId = candidates.getString("[0].trendId");
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, first).then().statusCode(428);
        String etag = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"Safeguarding people whose circumstances make them vulnerable\"}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, first).then().statusCode(200)
                .body("priorities[0].title", equalTo("Safeguarding people whose circumstances make them vulnerable"))
                .body("priorities[0].categoryCodes", contains("sexual-offences"))
                .body("priorities[0].evidence[0].id", equalTo(trendId))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals("\"0\"", etag);
        etag = given().auth().oauth2(TestTokens.officer()).header("If-Match", etag).post("/api/v1/assessments/{id}/candidates/{c}/drop", id, second)
                .then().statusCode(200).body("status", equalTo("DROPPED")).extract().header("ETag");
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, second).then().statusCode(409)
                .body("type", equalTo("https://csp.example.org/problems/candidate-decided"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id).then()
                .body("priorities.size()", equalTo(1));
        given().auth().oauth2(TestTokens.officer()).header("If-Match", etag).post("/api/v1/assessments/{id}/publish", id)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.officer()).queryParam("previous", "FY2017-18").queryParam("current", "FY2018-19")
                .post("/api/v1/assessments/{id}/candidates", id).then().statusCode(409);
    }

    @Test
    void aDropNeedsTheAssessmentsETagAsAnAcceptDoesSoADecisionOnAStaleViewIsRefused() {
        String id = draft(SeedTrendsTest.seeded());
        JsonPath proposed = propose(id);
        String first = proposed.getString("[0].id");
        String second = proposed.getString("[1].id");
        String third = proposed.getString("[2].id");
        String drop = "/api/v1/assessments/{id}/candidates/{c}/drop";
        String accept = "/api/v1/assessments/{id}/candidates/{c}/accept";
        // No If-Match, or one of another version: 428 and 412, and the candidate is still to be decided.
        given().auth().oauth2(TestTokens.officer()).post(drop, id, second).then().statusCode(428)
                .body("type", equalTo("https://csp.example.org/problems/precondition-required"));
        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"7\"").post(drop, id, second).then().statusCode(412)
                .body("type", equalTo("https://csp.example.org/problems/precondition-failed"));
        // One officer accepts the first candidate; the other, still on version 0, drops the second: refused.
        String accepted = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .post(accept, id, first).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.officer()).header("If-Match", "\"0\"").post(drop, id, second).then().statusCode(412);
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}/candidates", id).then()
                .body("find { it.id == '" + second + "' }.status", equalTo("PROPOSED"));
        // With the current ETag the drop is taken, and it is a new version of the assessment, as an accept is.
        String dropped = given().auth().oauth2(TestTokens.officer()).header("If-Match", accepted).post(drop, id, second).then()
                .statusCode(200).body("status", equalTo("DROPPED")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(accepted, dropped);
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id).then().header("ETag", dropped);
        // so an accept on the view from before the drop is refused in turn.
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", accepted).body("{}")
                .post(accept, id, third).then().statusCode(412);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", dropped).body("{}")
                .post(accept, id, third).then().statusCode(200);
    }

    @Test
    void anEditThatRemovesAnAcceptedCandidatesPriorityReturnsItToProposedAndOneThatStillCitesItsTrendKeepsItAccepted() {
        String id = draft(SeedTrendsTest.seeded());
        JsonPath proposed = propose(id);
        String removed = proposed.getString("[0].id");
        String kept = proposed.getString("[1].id");
        String keptCategory = proposed.getString("[1].categoryCode");
        String etag = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, removed).then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, kept).then().statusCode(200).extract().header("ETag");
        // The officer rewrites the draft: the first candidate's priority goes, the second's is retitled and still cites its trend.
        String priorityId = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag).body("""
                {"title":"Strategic Assessment 2019-20","pendingData":[],"priorities":[{"title":"Violent crime","rationale":"It rose",
                 "categoryCodes":["%s"],"evidence":[{"kind":"TREND","categoryCode":"%s","previous":"FY2017-18","current":"FY2018-19"}]}]}"""
                .formatted(keptCategory, keptCategory))
                .put("/api/v1/assessments/{id}", id).then().statusCode(200).body("priorities.size()", equalTo(1))
                .extract().path("priorities[0].id");
        JsonPath candidates = given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}/candidates", id)
                .then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("PROPOSED", candidates.getString("find { it.id == '" + removed + "' }.status"));
        org.junit.jupiter.api.Assertions.assertNull(candidates.get("find { it.id == '" + removed + "' }.priorityId"));
        org.junit.jupiter.api.Assertions.assertEquals("ACCEPTED", candidates.getString("find { it.id == '" + kept + "' }.status"));
        org.junit.jupiter.api.Assertions.assertEquals(priorityId, candidates.getString("find { it.id == '" + kept + "' }.priorityId"));
        // Undecided again, the removed one can be accepted (or dropped) anew.
        String current = given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", current).body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, removed).then().statusCode(200)
                .body("priorities.size()", equalTo(2));
    }

    @Test
    void anEditCanSendBackTheTrendEvidenceItReadByItsIdSoAnAcceptedCandidateStaysAccepted() {
        String id = draft(SeedTrendsTest.seeded());
        JsonPath proposed = propose(id);
        String candidate = proposed.getString("[0].id");
        String unaccepted = proposed.getString("[1].trendId");
        JsonPath read = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, candidate).then().statusCode(200).extract().jsonPath();
        String trendId = read.getString("priorities[0].evidence[0].id");
        String summary = read.getString("priorities[0].evidence[0].summary");
        String etag = "\"" + read.getLong("version") + "\"";
        // What the frontend read (kind and id), sent back as it is; a trend of a candidate not yet accepted may be cited too.
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag).body("""
                {"title":"Retitled","pendingData":[],"priorities":[{"title":"Kept","rationale":"r","categoryCodes":[],
                 "evidence":[{"kind":"TREND","trendId":"%s"},{"kind":"TREND","trendId":"%s"}]}]}""".formatted(trendId, unaccepted))
                .put("/api/v1/assessments/{id}", id).then().statusCode(200)
                .body("priorities[0].evidence[0].id", equalTo(trendId)).body("priorities[0].evidence[0].summary", equalTo(summary))
                .body("priorities[0].evidence[1].id", equalTo(unaccepted));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}/candidates", id).then().statusCode(200)
                .body("find { it.id == '" + candidate + "' }.status", equalTo("ACCEPTED"));
        // A trend the assessment neither cites nor proposed is refused, naming the field; so is a trendId with periods.
        String current = given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id).then().extract().header("ETag");
        for (String evidence : List.of("{\"kind\":\"TREND\",\"trendId\":\"" + java.util.UUID.randomUUID() + "\"}",
                "{\"kind\":\"TREND\",\"trendId\":\"" + trendId + "\",\"categoryCode\":\"sexual-offences\",\"previous\":\"FY2017-18\",\"current\":\"FY2018-19\"}")) {
            given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", current).body("""
                    {"title":"Retitled","pendingData":[],"priorities":[{"title":"Kept","rationale":"r","evidence":[%s]}]}""".formatted(evidence))
                    .put("/api/v1/assessments/{id}", id).then().statusCode(400)
                    .body("errors[0].field", equalTo("priorities[0].evidence[0].trendId"));
        }
    }

    /** The priorities of an assessment as read, sent back as an update would send them (evidence by trendId). */
    static List<Map<String, Object>> sentBack(JsonPath read, boolean withIds) {
        List<Map<String, Object>> priorities = new java.util.ArrayList<>();
        for (Map<String, Object> p : read.<Map<String, Object>>getList("priorities")) {
            Map<String, Object> input = new java.util.LinkedHashMap<>();
            if (withIds) {
                input.put("id", p.get("id"));
            }
            input.put("title", p.get("title"));
            input.put("rationale", p.get("rationale"));
            input.put("categoryCodes", p.get("categoryCodes"));
            input.put("evidence", ((List<?>) p.get("evidence")).stream()
                    .map(e -> Map.of("kind", "TREND", "trendId", ((Map<?, ?>) e).get("id"))).toList());
            priorities.add(input);
        }
        return priorities;
    }

    static Response update(String id, String etag, List<Map<String, Object>> priorities) {
        return given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Strategic Assessment 2019-20", "pendingData", List.of(), "priorities", priorities))
                .put("/api/v1/assessments/{id}", id);
    }

    @Test
    void anUpdateKeepsTheIdOfEachPriorityStillThereSoTheCandidateAcceptedIntoItStaysLinked() {
        String id = draft(SeedTrendsTest.seeded());
        JsonPath proposed = propose(id);
        String first = proposed.getString("[0].id");
        String second = proposed.getString("[1].id");
        String etag = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, first).then().statusCode(200).extract().header("ETag");
        JsonPath read = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, second).then().statusCode(200).extract().jsonPath();
        List<String> ids = read.getList("priorities.id");
        String firstPriority = ids.get(0);
        String secondPriority = ids.get(1);

        // The assessment sent back unchanged, with the ids read: the same ids, and each candidate still linked to its own.
        Response unchanged = update(id, "\"" + read.getLong("version") + "\"", sentBack(read, true));
        unchanged.then().statusCode(200).body("priorities.id", equalTo(ids));
        JsonPath candidates = given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}/candidates", id)
                .then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(firstPriority, candidates.getString("find { it.id == '" + first + "' }.priorityId"));
        org.junit.jupiter.api.Assertions.assertEquals(secondPriority, candidates.getString("find { it.id == '" + second + "' }.priorityId"));

        // A client that sends no ids: each priority keeps the id of the one with its title.
        Response withoutIds = update(id, unchanged.header("ETag"), sentBack(read, false));
        withoutIds.then().statusCode(200).body("priorities.id", equalTo(ids));

        // Reordered, one retitled, the one now first citing the other's trend too, and a new one: ids follow the
        // priorities, the new one gets its own, and each candidate stays with the priority it was accepted into.
        List<Map<String, Object>> edited = sentBack(read, true);
        java.util.Collections.reverse(edited);
        edited.get(1).put("title", "Retitled");
        List<Object> both = new java.util.ArrayList<>((List<?>) edited.get(0).get("evidence"));
        both.addAll((List<?>) edited.get(1).get("evidence"));
        edited.get(0).put("evidence", both);
        edited.add(new java.util.HashMap<>(Map.of("title", "New", "rationale", "r", "evidence", List.of())));
        Response reordered = update(id, withoutIds.header("ETag"), edited);
        reordered.then().statusCode(200).body("priorities.title[1]", equalTo("Retitled")).body("priorities.position", contains(1, 2, 3));
        List<String> after = reordered.jsonPath().getList("priorities.id");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(secondPriority, firstPriority), after.subList(0, 2));
        org.junit.jupiter.api.Assertions.assertFalse(ids.contains(after.get(2)), after.toString());
        candidates = given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}/candidates", id)
                .then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(firstPriority, candidates.getString("find { it.id == '" + first + "' }.priorityId"));
        org.junit.jupiter.api.Assertions.assertEquals(secondPriority, candidates.getString("find { it.id == '" + second + "' }.priorityId"));

        // An id not of this assessment, or the same id twice, is a 400 naming it, and changes nothing.
        String current = reordered.header("ETag");
        List<Map<String, Object>> unknown = sentBack(reordered.jsonPath(), true);
        unknown.get(0).put("id", java.util.UUID.randomUUID().toString());
        update(id, current, unknown).then().statusCode(400).body("errors[0].field", equalTo("priorities[0].id"));
        List<Map<String, Object>> twice = sentBack(reordered.jsonPath(), true);
        twice.get(1).put("id", twice.get(0).get("id"));
        update(id, current, twice).then().statusCode(400).body("errors[0].field", equalTo("priorities[1].id"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id).then().header("ETag", current)
                .body("priorities.id", equalTo(after));
        // A new assessment has no priorities to keep.
        String bare = Fixtures.uniqueArea();
        Fixtures.createArea(bare);
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"areaCode":"%s","financialYear":"2019-20","title":"SA","priorities":[{"id":"%s","title":"t","rationale":"r"}]}"""
                .formatted(bare, firstPriority)).post("/api/v1/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("priorities[0].id"));
    }

    @Test
    void aCandidateAcceptedAndDroppedAtOnceIsDecidedOnceAndTheLoserChangesNothing() throws Exception {
        String id = draft(SeedTrendsTest.seeded());
        List<String> candidateIds = propose(id).getList("id");
        for (String candidate : candidateIds) {
            List<Response> answers = Simultaneous.fire(2, n -> n == 0
                    ? given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).header("If-Match", "*").body("{}")
                            .post("/api/v1/assessments/{id}/candidates/{c}/accept", id, candidate)
                    : given().auth().oauth2(TestTokens.officer()).header("If-Match", "*")
                            .post("/api/v1/assessments/{id}/candidates/{c}/drop", id, candidate));
            List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
            Response loser = answers.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
            loser.then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://csp.example.org/problems/candidate-decided"));
        }
        List<Map<String, Object>> candidates = given().auth().oauth2(TestTokens.officer())
                .get("/api/v1/assessments/{id}/candidates", id).then().statusCode(200).extract().jsonPath().getList("$");
        List<Object> acceptedPriorities = candidates.stream().filter(c -> "ACCEPTED".equals(c.get("status")))
                .map(c -> c.get("priorityId")).toList();
        org.junit.jupiter.api.Assertions.assertTrue(candidates.stream().allMatch(c -> "ACCEPTED".equals(c.get("status"))
                || "DROPPED".equals(c.get("status")) && c.get("priorityId") == null), candidates.toString());
        List<Object> priorities = given().auth().oauth2(TestTokens.officer()).get("/api/v1/assessments/{id}", id).then()
                .statusCode(200).extract().jsonPath().getList("priorities.id");
        org.junit.jupiter.api.Assertions.assertEquals(acceptedPriorities.size(), priorities.size(), candidates + " " + priorities);
        org.junit.jupiter.api.Assertions.assertTrue(priorities.containsAll(acceptedPriorities), candidates + " " + priorities);
    }
}
