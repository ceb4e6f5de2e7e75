package org.csp.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** Turns a {@link Problem} into a response; the body is written here so every media type path agrees. */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    ObjectMapper json;

    public Response.ResponseBuilder builder(Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + problem.type + "\",\"status\":" + problem.status + "}";
        }
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(body);
    }

    public Response of(Problem problem) {
        return builder(problem).build();
    }
}
