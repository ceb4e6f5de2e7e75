package org.csp.plan.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.csp.platform.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Path and query parameters with a NUL character are refused (400 naming the parameter): the database cannot store it. */
public class NoNulCharactersInParameters {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw ApiException.invalidField(parameter.getKey().indexOf('\u0000') >= 0 ? "query" : parameter.getKey(),
                            "contains a NUL character");
                }
            }
        }
    }
}
