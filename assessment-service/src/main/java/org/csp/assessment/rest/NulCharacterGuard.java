package org.csp.assessment.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.csp.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL cannot store the NUL character: a request carrying one (in a JSON string, a query or a path) is
 * refused with 400 naming where it was, instead of failing in the database.
 */
@Singleton
public class NulCharacterGuard implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("nul-character-guard");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = super.deserialize(p, ctxt);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw InvalidFormatException.from(p, "contains a NUL character", value, String.class);
                }
                return value;
            }
        });
        mapper.registerModule(module);
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseNulInUri(ContainerRequestContext request) {
        if (request.getUriInfo().getPath(true).indexOf('\u0000') >= 0) {
            return refuse("path");
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0 || parameter.getKey().indexOf('\u0000') >= 0) {
                    return refuse(parameter.getKey().replace('\u0000', '?'));
                }
            }
        }
        return null;
    }

    private static Response refuse(String field) {
        String body = "{\"type\":\"" + Problem.TYPE_BASE + "validation\",\"title\":\"Request is not valid\",\"status\":400,"
                + "\"detail\":\"" + field.replace("\"", "'").replace("\\", "/") + ": contains a NUL character\","
                + "\"errors\":[{\"field\":\"" + field.replace("\"", "'").replace("\\", "/") + "\",\"message\":\"contains a NUL character\"}]}";
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
