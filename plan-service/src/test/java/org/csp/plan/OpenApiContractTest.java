package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a frontend developer reads in the OpenAPI document is what the service answers: each 403, 409 and 422 names its
 * problem types with an example of each, never platform-commons' placeholder type {@code refused}; and each response
 * carrying one resource documents the ETag header its update needs in If-Match.
 */
@QuarkusTest
class OpenApiContractTest {

    static final String PROBLEMS = "https://csp.example.org/problems/";

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> operations() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        paths.values().forEach(item -> ((Map<String, Object>) item).values().forEach(op -> {
            if (op instanceof Map<?, ?> operation && operation.get("operationId") != null) {
                byId.put((String) operation.get("operationId"), (Map<String, Object>) operation);
            }
        }));
        return byId;
    }

    /** The problem types an operation documents for a status, from its named examples. */
    @SuppressWarnings("unchecked")
    static Set<String> documentedTypes(Map<String, Object> operation, String status) {
        Set<String> types = new TreeSet<>();
        Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) operation.get("responses")).get(status);
        if (response == null) {
            return types;
        }
        Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) response.get("content")).get("application/problem+json");
        ((Map<String, Object>) media.get("examples")).values().forEach(example -> types.add(
                ((String) ((Map<String, Object>) ((Map<String, Object>) example).get("value")).get("type")).substring(PROBLEMS.length())));
        return types;
    }

    @Test
    void everyRefusalIsDocumentedWithTheProblemTypesTheServiceAnswers() {
        List<String> placeholders = new ArrayList<>();
        operations().forEach((id, operation) -> {
            for (String status : List.of("403", "409", "422")) {
                if (documentedTypes(operation, status).contains("refused")) {
                    placeholders.add(id + " " + status);
                }
            }
        });
        assertEquals(List.of(), placeholders.stream().sorted().toList(), "refusals documented only as 'refused'");
    }

    @Test
    void refusalsThatCanHappenAreDocumentedWhereTheyHappen() {
        Map<String, Map<String, Object>> operations = operations();
        assertTrue(documentedTypes(operations.get("updateGroupDuty"), "409").contains("concurrent-modification"));
        assertTrue(documentedTypes(operations.get("recordIndicatorValue"), "409")
                .containsAll(Set.of("plan-superseded", "concurrent-modification")));
        assertTrue(documentedTypes(operations.get("updatePlan"), "422").contains("action-plans-outside-period"));
        assertTrue(documentedTypes(operations.get("updatePlan"), "409").containsAll(Set.of("status-change-needs-decision",
                "adopted-plan-needs-refresh", "plan-awaiting-adoption", "plan-superseded")));
        assertTrue(documentedTypes(operations.get("updateAction"), "403").contains("not-your-agency"));
        assertTrue(documentedTypes(operations.get("recordActionProgress"), "403").contains("not-your-agency"));
        assertTrue(documentedTypes(operations.get("deleteTheme"), "409").contains("theme-has-action-plans"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyResponseCarryingOneResourceDocumentsItsETag() {
        Map<String, Map<String, Object>> operations = operations();
        List<String> missing = new ArrayList<>();
        for (String id : List.of("createPlan", "getPlan", "updatePlan", "openPlanRefresh", "closePlanRefresh", "createTheme",
                "getTheme", "updateTheme", "getProposal", "acceptProposal", "mergeProposal", "rejectProposal", "createGroup",
                "getGroup", "updateGroup", "createGroupDuty", "getGroupDuty", "updateGroupDuty", "createActionPlan",
                "getActionPlan", "updateActionPlan", "createIndicator", "getIndicator", "recordIndicatorValue", "createAction",
                "getAction", "updateAction", "recordActionProgress")) {
            Map<String, Object> responses = (Map<String, Object>) operations.get(id).get("responses");
            Map<String, Object> ok = (Map<String, Object>) (responses.containsKey("201") ? responses.get("201") : responses.get("200"));
            Map<String, Object> headers = (Map<String, Object>) ok.get("headers");
            if (headers == null || !headers.containsKey("ETag")) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "responses that do not document their ETag");
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        given().auth().oauth2(PlanFixtures.officer()).get("/api/v1/plans/{id}", plan).then().statusCode(200).header("ETag", "\"0\"");
    }
}
