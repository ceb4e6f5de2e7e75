package org.csp.platform.bench;

import io.vertx.ext.web.RoutingContext;
import java.sql.Connection;

/** The body of a bare endpoint: runs its SQL on the connection and answers with {@link BareJdbc#ok}. */
@FunctionalInterface
public interface BareQuery {

    void handle(RoutingContext ctx, Connection connection) throws Exception;
}
