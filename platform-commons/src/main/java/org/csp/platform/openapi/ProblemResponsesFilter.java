package org.csp.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes, once for every service, the errors every API operation can give, as
 * {@code application/problem+json} with the shared Problem schema and a named example: 400 where the
 * operation takes input, 401 and 403 where it needs a role, 404 where the path names a resource,
 * 412, 428 and the 409 {@code concurrent-modification} where it takes If-Match (the version is checked again at
 * commit), 413 and 415 where it takes a body ({@code RequestBodyLimit}, a body in another media type), and 503
 * when the database is out of reach.
 * Operations declare their own domain errors (409, 422) with {@code @APIResponse}; this filter gives those the
 * schema too.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ensureProblemSchema(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            boolean namesResource = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                describe(path.getKey(), entry.getKey(), entry.getValue(), namesResource);
            }
        }
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation, boolean namesResource) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean takesInput = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.PATH);
        boolean takesIfMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();

        if (takesInput) {
            problem(responses, "400", "The request is not valid; the errors name each field", path, 400, "validation",
                    "Request is not valid", "financialYear: must look like 2019-20");
        }
        if (secured) {
            problem(responses, "401", "No valid bearer token (missing, expired, wrongly signed or for another audience)",
                    path, 401, "unauthenticated", "Authentication required", "a valid bearer token is required");
            problem(responses, "403", "The token's role or agency does not allow this operation", path, 403, "forbidden",
                    "Not allowed", "your role does not allow this operation");
        }
        if (namesResource) {
            problem(responses, "404", "No such resource", path, 404, "not-found", "Resource not found",
                    "the resource does not exist");
        }
        if (takesIfMatch) {
            problem(responses, "412", "If-Match does not match the current ETag: re-read and retry", path, 412,
                    "precondition-failed", "Resource has changed", "If-Match does not match the current version \"3\"");
            problem(responses, "428", "If-Match is required to change this resource", path, 428, "precondition-required",
                    "If-Match header required", "send the resource's current ETag in If-Match to update it");
            concurrentModification(responses, path);
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "The body is larger than this operation takes (maxBodyBytes says how large it may be)",
                    path, 413, "payload-too-large", "Request body too large",
                    "the request body is larger than the limit of 2097152 bytes");
            problem(responses, "415", "The body is not in a media type this operation reads", path, 415, "http-415",
                    "Unsupported Media Type", "send the body as application/json");
        }
        problem(responses, "503", "The database cannot be reached; retry shortly", path, 503, "service-unavailable",
                "Service temporarily unavailable", "the database cannot be reached; retry shortly");
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                withProblemContent(response.getValue(), path, Integer.parseInt(response.getKey()));
            }
        }
    }

    private void problem(APIResponses responses, String code, String description, String path, int status, String type,
            String title, String detail) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(code, response);
        }
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals("Not Authorized") || response.getDescription().equals("Not Allowed")
                || response.getDescription().equals("Bad Request")) {
            response.setDescription(description);
        }
        MediaType media = ensureMedia(response);
        if (media.getExamples() == null || media.getExamples().isEmpty()) {
            media.addExample(type, example(title, status, type, detail, path));
        }
    }

    /**
     * Two updates sent with the same If-Match both pass the check in the method; the one that commits second gets
     * this 409, whatever other conflicts the operation documents.
     */
    private void concurrentModification(APIResponses responses, String path) {
        String type = "concurrent-modification";
        String description = "another request changed it at the same moment (" + type + "): re-read and retry";
        APIResponse conflict = responses.getAPIResponse("409");
        if (conflict == null) {
            conflict = OASFactory.createAPIResponse().description(Character.toUpperCase(description.charAt(0))
                    + description.substring(1));
            responses.addAPIResponse("409", conflict);
        } else {
            withProblemContent(conflict, path, 409);
            if (!conflict.getDescription().contains(type)) {
                conflict.setDescription(conflict.getDescription() + "; or " + description);
            }
        }
        MediaType media = ensureMedia(conflict);
        if (media.getExamples() == null || !media.getExamples().containsKey(type)) {
            media.addExample(type, example("Changed by someone else", 409, type,
                    "the resource was changed by another request at the same time; re-read it and retry", path));
        }
    }

    private void withProblemContent(APIResponse response, String path, int status) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Refused");
        }
        MediaType media = ensureMedia(response);
        if (media.getExamples() == null || media.getExamples().isEmpty()) {
            media.addExample("problem", example(response.getDescription(), status, "refused", response.getDescription(), path));
        }
    }

    private MediaType ensureMedia(APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        // an error response is a problem body, whatever the operation produces on success
        if (content.getMediaType("application/json") != null) {
            content.removeMediaType("application/json");
        }
        MediaType media = content.getMediaType(PROBLEM);
        if (media == null) {
            media = OASFactory.createMediaType();
            content.addMediaType(PROBLEM, media);
        }
        media.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
        return media;
    }

    private Example example(String title, int status, String type, String detail, String path) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "https://csp.example.org/problems/" + type);
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", path);
        if (status == 400) {
            // ordered, so the generated document is the same on every build
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "financialYear");
            error.put("message", "must look like 2019-20");
            value.put("errors", List.of(error));
        }
        if (status == 413) {
            value.put("maxBodyBytes", 2097152);
        }
        return OASFactory.createExample().summary(title).value(value);
    }

    private void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            // the @JsonAnyGetter extensions() map is flattened into the body: extra members, not a property
            Schema scanned = openAPI.getComponents().getSchemas().get("Problem");
            if (scanned.getProperties() != null && scanned.getProperties().containsKey("extensions")) {
                scanned.removeProperty("extensions");
                scanned.setAdditionalPropertiesBoolean(Boolean.TRUE);
            }
            return;
        }
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A field that failed validation")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("amountPence"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("must be greater than or equal to 0"));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; extra members carry the figures of a refused rule")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError))
                .required(List.of("type", "title", "status"));
        openAPI.getComponents().addSchema("Problem", problem);
    }
}
