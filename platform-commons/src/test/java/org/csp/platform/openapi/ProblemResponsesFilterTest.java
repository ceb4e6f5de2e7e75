package org.csp.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    static Operation update() {
        return OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("Updated")));
    }

    static Operation filtered(String path, Operation operation) {
        OpenAPI openApi = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().PUT(operation)));
        new ProblemResponsesFilter().filterOpenAPI(openApi);
        return openApi.getPaths().getPathItem(path).getPUT();
    }

    static Map<String, Example> examples(APIResponse response) {
        return response.getContent().getMediaType(ProblemResponsesFilter.PROBLEM).getExamples();
    }

    @Test
    void anUpdateTakingIfMatchDocumentsTheConcurrentModificationItCanGetAtCommit() {
        APIResponse conflict = filtered("/api/v1/plans/{id}", update()).getResponses().getAPIResponse("409");

        assertTrue(conflict.getDescription().contains("concurrent-modification"), conflict.getDescription());
        assertEquals("https://csp.example.org/problems/concurrent-modification",
                ((Map<?, ?>) examples(conflict).get("concurrent-modification").getValue()).get("type"));
    }

    @Test
    void anOperationsOwnConflictsKeepTheirExamplesBesideTheConcurrentModification() {
        Operation operation = update();
        operation.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("The plan is superseded (plan-superseded)")
                .content(OASFactory.createContent().addMediaType(ProblemResponsesFilter.PROBLEM, OASFactory.createMediaType()
                        .addExample("plan-superseded", OASFactory.createExample().value(Map.of("type", "plan-superseded"))))));

        APIResponse conflict = filtered("/api/v1/plans/{id}", operation).getResponses().getAPIResponse("409");

        assertEquals(java.util.Set.of("plan-superseded", "concurrent-modification"), examples(conflict).keySet());
        assertTrue(conflict.getDescription().startsWith("The plan is superseded (plan-superseded); or another request"),
                conflict.getDescription());
    }

    @Test
    void aBodyMayBeTooLargeOrOfAnotherMediaTypeAndACreateHasNoVersionConflict() {
        Operation create = OASFactory.createOperation().requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse().description("Created")));

        Operation filtered = filtered("/api/v1/plans", create);

        assertEquals(413, ((Map<?, ?>) examples(filtered.getResponses().getAPIResponse("413")).get("payload-too-large").getValue())
                .get("status"));
        assertEquals("https://csp.example.org/problems/http-415",
                ((Map<?, ?>) examples(filtered.getResponses().getAPIResponse("415")).get("http-415").getValue()).get("type"));
        assertNull(filtered.getResponses().getAPIResponse("409"));
        assertNull(filtered.getResponses().getAPIResponse("412"));
    }
}
