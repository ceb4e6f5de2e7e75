package org.csp.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.csp.governance.service.CalendarFeed;
import org.csp.platform.security.CurrentActor;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calendar.ics")
@Tag(name = "Meetings", description = "Meetings, attendance and minutes")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    CalendarFeed feed;
    @Inject
    CurrentActor actor;

    @GET
    @Produces(TEXT_CALENDAR)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getCalendarFeed", summary = "Meetings and deadlines as an iCalendar feed (RFC 5545)",
            description = "Meetings (cancelled ones marked CANCELLED), open referral deadlines and obligations' due dates (with a body filter, those "
                    + "on that body's agendas; only for the roles that may read obligations, not partner agencies), "
                    + "with a bearer token. Calendar applications, which cannot send one, subscribe through a secret address "
                    + "(createCalendarSubscription). Roles: every role.")
    @APIResponse(responseCode = "200", description = "text/calendar", content = @Content(mediaType = TEXT_CALENDAR,
            schema = @Schema(implementation = String.class), examples = @ExampleObject(name = "feed", value = OpenApiExamples.CALENDAR_FEED)))
    public String feed(@QueryParam("bodyId") UUID bodyId,
            @Parameter(description = "On or after", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "On or before", example = "2019-12-31") @QueryParam("to") LocalDate to) {
        return feed.render(bodyId, from, to, CalendarFeed.mayReadObligations(actor.get()));
    }
}
