package org.csp.governance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.csp.governance.domain.CalendarSubscription;
import org.csp.governance.rest.CalendarDtos.CalendarSubscriptionView;
import org.csp.governance.rest.CalendarDtos.CreateCalendarSubscription;
import org.csp.governance.rest.CalendarDtos.IssuedCalendarSubscription;
import org.csp.governance.service.CalendarSubscriptionService;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.ApiException;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar subscriptions", description = "Secret feed addresses for calendar applications, which cannot send a bearer token")
public class CalendarSubscriptionResource {

    @Inject
    CalendarSubscriptionService subscriptions;
    @Inject
    CurrentActor actor;
    @Inject
    Clock clock;

    @POST
    @Path("/calendar-subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "createCalendarSubscription", summary = "Make a secret address of the iCalendar feed for a calendar application",
            description = "The answer holds the feed's address; it is shown this once and only its hash is kept. The address works without a token "
                    + "until it expires (after governance.calendar.subscription-validity, a year by default) or is revoked; one person may hold "
                    + "governance.calendar.max-subscriptions-per-person active ones (10). Roles: every role.")
    @APIResponse(responseCode = "201", description = "Made; feedPath is the secret address",
            content = @Content(schema = @Schema(implementation = IssuedCalendarSubscription.class),
                    examples = @ExampleObject(name = "outlook", value = OpenApiExamples.ISSUED_CALENDAR_SUBSCRIPTION)))
    @APIResponse(responseCode = "422", description = "Unknown body, or the person already holds the most active subscriptions allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateCalendarSubscription.class),
            examples = @ExampleObject(name = "outlook", value = OpenApiExamples.CREATE_CALENDAR_SUBSCRIPTION_REQUEST)))
            @Valid @NotNull CreateCalendarSubscription request) {
        CalendarSubscriptionService.Issued issued = subscriptions.create(request.label(), request.bodyId());
        CalendarSubscription s = issued.subscription();
        return Response.created(URI.create("/api/v1/calendar-subscriptions/" + s.id))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new IssuedCalendarSubscription(CalendarSubscriptionView.of(s, clock.instant()),
                        CalendarDtos.FEEDS + issued.secret() + ".ics"))
                .build();
    }

    @GET
    @Path("/calendar-subscriptions")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listCalendarSubscriptions", summary = "List calendar subscriptions",
            description = "The caller's own, newest first, whatever their status. Administrators see everyone's and may filter by owner (to revoke "
                    + "a leaver's); for anyone else owner may only name themselves. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions",
            content = @Content(schema = @Schema(implementation = Pages.CalendarSubscriptionPage.class),
                    examples = @ExampleObject(name = "page", value = OpenApiExamples.CALENDAR_SUBSCRIPTION_PAGE)))
    public Page<CalendarSubscriptionView> list(
            @Parameter(description = "Token subject of the owner", example = "cllr.mortimer@maidstone.test") @QueryParam("owner") String owner,
            @Valid @BeanParam PageRequest paging) {
        Actor caller = actor.get();
        boolean admin = caller.hasRole(Roles.ADMIN);
        if (!admin && owner != null && !owner.equals(caller.subject())) {
            throw ApiException.invalidField("owner", "only administrators may list other people's subscriptions");
        }
        String who = admin ? owner : caller.subject();
        var query = who == null
                ? CalendarSubscription.<CalendarSubscription>find("order by createdAt desc, id")
                : CalendarSubscription.<CalendarSubscription>find("ownerSubject = ?1 order by createdAt desc, id", who);
        return Page.of(query, paging, s -> CalendarSubscriptionView.of(s, clock.instant()));
    }

    @GET
    @Path("/calendar-subscriptions/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getCalendarSubscription", summary = "Read a calendar subscription (without its address)",
            description = "Only its owner and administrators can see it; for anyone else it does not exist. Roles: every role.")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(schema = @Schema(implementation = CalendarSubscriptionView.class),
            examples = @ExampleObject(name = "active", value = OpenApiExamples.CALENDAR_SUBSCRIPTION)))
    public CalendarSubscriptionView get(@PathParam("id") UUID id) {
        return CalendarSubscriptionView.of(subscriptions.requireVisible(id), clock.instant());
    }

    @DELETE
    @Path("/calendar-subscriptions/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "revokeCalendarSubscription", summary = "Revoke a calendar subscription",
            description = "Its address stops working at once. Revoking again changes nothing. The owner or an administrator. Roles: every role.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") UUID id) {
        subscriptions.revoke(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/calendar-feeds/{secret}.ics")
    @Produces(CalendarResource.TEXT_CALENDAR)
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getSubscribedCalendarFeed", summary = "The iCalendar feed at a subscription's secret address",
            description = "No bearer token: the address is the credential. The same feed as getCalendarFeed, for the subscription's body or for all. "
                    + "An unknown, expired or revoked address is 404, whichever it is. Not cached (Cache-Control: no-store). "
                    + "Roles: none, no token needed.")
    @APIResponse(responseCode = "200", description = "text/calendar", content = @Content(mediaType = CalendarResource.TEXT_CALENDAR,
            schema = @Schema(implementation = String.class), examples = @ExampleObject(name = "feed", value = OpenApiExamples.CALENDAR_FEED)))
    public Response feed(@Parameter(description = "The secret part of the address") @PathParam("secret") String secret) {
        String ics = subscriptions.feedFor(secret).orElseThrow(() -> ApiException.notFound("calendar feed", "at this address"));
        return Response.ok(ics, CalendarResource.TEXT_CALENDAR).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
