package org.csp.platform.http;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.csp.platform.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters holding a NUL character are refused with a 400 naming the parameter, before they are
 * converted or reach the database (which cannot store NUL in text). JSON bodies: {@link NoNulCharactersInJson}.
 */
public class NoNulCharactersInParameters {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw ApiException.invalidField(parameter.getKey().replace('\u0000', '?'), NoNulCharactersInJson.MESSAGE);
                }
            }
        }
    }
}
