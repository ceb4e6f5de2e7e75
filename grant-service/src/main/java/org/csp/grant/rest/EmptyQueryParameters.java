package org.csp.grant.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.csp.platform.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter an operation declares, given empty ({@code ?areaCode=}, what an unset form field sends) or blank,
 * is a 400 naming it. Quarkus REST hands an empty value to the method as if the parameter were left out, and the
 * shared converters do the same with a blank one, so a filter the caller meant to set was silently dropped (every
 * award or bid) or, for a text filter, matched nothing. Parameters the operation does not declare stay ignored.
 */
public class EmptyQueryParameters {

    static final String MESSAGE = "must not be empty: leave the parameter out to not filter by it";

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseEmpty(UriInfo uri, ResourceInfo resource) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Method method = resource.getResourceMethod();
        if (query.isEmpty() || method == null) {
            return;
        }
        for (String name : DECLARED.computeIfAbsent(method, EmptyQueryParameters::queryParametersOf)) {
            List<String> values = query.get(name);
            if (values != null && values.stream().anyMatch(v -> v == null || v.isBlank())) {
                throw ApiException.invalidField(name, MESSAGE);
            }
        }
    }

    /** The query parameters of the method and of its {@code @BeanParam}s (paging), in name order. */
    static Set<String> queryParametersOf(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
