package org.csp.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/**
 * Request body limits ({@code csp.http.*}), enforced by {@link RequestBodyLimit}. The server-wide
 * {@code quarkus.http.limits.max-body-size} follows the largest of them (commons' microprofile-config.properties).
 */
@ConfigMapping(prefix = "csp.http")
public interface BodyLimitConfig {

    /** The largest body of any request except to a large-body path. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /** Paths (exact, for example a streamed import) that may send up to {@link #largeBodyMaxSize()}, chunked or not. */
    Optional<Set<String>> largeBodyPaths();

    /** The limit of the large-body paths; {@link #maxBodySize()} when not set. */
    Optional<MemorySize> largeBodyMaxSize();
}
