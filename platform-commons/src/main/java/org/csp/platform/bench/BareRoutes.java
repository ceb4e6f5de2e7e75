package org.csp.platform.bench;

import io.vertx.ext.web.Router;

/**
 * A service's bare JDBC benchmark endpoints (its {@code bench} package). {@link BareJdbc} calls every such bean
 * only when {@code csp.benchmark.enabled=true}; register each route with {@link BareJdbc#get}.
 */
public interface BareRoutes {

    void register(Router router, BareJdbc bare);
}
