package org.csp.platform.time;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.csp.platform.problem.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves the service's clock forward in system tests, so referral windows and due dates pass without
 * waiting. It answers only when {@code csp.clock.controllable=true}, which no production configuration
 * sets; otherwise it is a 404 like any unknown path. Not part of the API document.
 */
@Path("/test-support/clock")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ClockControlResource {

    @Inject
    PlatformClock clock;

    @ConfigProperty(name = "csp.clock.controllable", defaultValue = "false")
    boolean controllable;

    public record ClockState(Instant now, String offset) {
    }

    @GET
    @Operation(hidden = true)
    public ClockState read() {
        requireControllable();
        return new ClockState(clock.instant(), clock.offset().toString());
    }

    @POST
    @Path("/shift")
    @Operation(hidden = true)
    public ClockState shift(@QueryParam("by") String by) {
        requireControllable();
        try {
            clock.shift(Duration.parse(by == null ? "" : by));
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("by", "must be an ISO 8601 duration such as P14D");
        }
        return read();
    }

    private void requireControllable() {
        if (!controllable) {
            throw ApiException.notFound("path", "/test-support/clock");
        }
    }
}
