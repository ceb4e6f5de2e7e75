package org.csp.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.Meeting;
import org.csp.governance.rest.DecisionDtos.DecisionView;
import org.csp.governance.rest.DecisionDtos.RecordDecision;
import org.csp.governance.rest.MeetingDtos.ItemRequest;
import org.csp.governance.rest.MeetingDtos.ItemView;
import org.csp.governance.service.DecisionService;
import org.csp.governance.service.MeetingService;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{meetingId}/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items and resolutions", description = "Agenda and minute items, resolutions and votes")
public class ItemResource {

    @Inject
    MeetingService meetings;
    @Inject
    DecisionService decisions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "addItem", summary = "Add a standard or substantive item to a meeting",
            description = "Numbered on from the body's last minute in the municipal year (May to May), or as given if that runs on: the next number, "
                    + "or any number for the year's first minute. "
                    + "An item can refer to an assessment, plan, bid or award by id, and carry members' declared interests. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ItemView.class),
            examples = @ExampleObject(name = "strategic-assessment", value = OpenApiExamples.ITEM)))
    @APIResponse(responseCode = "409", description = "Minutes approved, or the meeting was cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "minutes-approved", value = OpenApiExamples.MINUTES_APPROVED)))
    @APIResponse(responseCode = "422", description = "A minute number that does not run on (minute-number-out-of-sequence), an unknown councillor (unknown-councillor), or an interest declared twice by one councillor (duplicate-interest)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "minute-number-out-of-sequence", value = OpenApiExamples.MINUTE_NUMBER_OUT_OF_SEQUENCE),
                    @ExampleObject(name = "unknown-councillor", value = OpenApiExamples.UNKNOWN_COUNCILLOR),
                    @ExampleObject(name = "duplicate-interest", value = OpenApiExamples.DUPLICATE_INTEREST)}))
    public Response add(@PathParam("meetingId") UUID meetingId, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemRequest.class),
                    examples = @ExampleObject(name = "substantive-item", value = OpenApiExamples.ITEM_REQUEST))) @Valid @NotNull ItemRequest request) {
        AgendaItem item = meetings.addItem(meetingId, request);
        return Response.created(URI.create("/api/v1/meetings/" + meetingId + "/items/" + item.id))
                .header(HttpHeaders.ETAG, Etags.of(item.version)).entity(ItemView.of(item)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listItems", summary = "The items of a meeting in minute order", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of items", content = @Content(schema = @Schema(implementation = Pages.ItemPage.class),
            examples = @ExampleObject(name = "page", value = OpenApiExamples.ITEM_PAGE)))
    public Page<ItemView> list(@PathParam("meetingId") UUID meetingId, @Valid @BeanParam PageRequest paging) {
        Meeting.require(meetingId);
        return Page.of(AgendaItem.find("meetingId = ?1 order by minuteNumber", meetingId), paging, ItemView::of);
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getItem", summary = "Read an item", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemView.class),
            examples = @ExampleObject(name = "strategic-assessment", value = OpenApiExamples.ITEM)))
    public Response get(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId) {
        AgendaItem item = AgendaItem.require(meetingId, itemId);
        return Response.ok(ItemView.of(item)).header(HttpHeaders.ETAG, Etags.of(item.version)).build();
    }

    @PUT
    @Path("/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updateItem", summary = "Edit an item's title, discussion notes, subject or declared interests",
            description = "Refused once the minutes are approved. Once the item has a decision, declared interests must leave its vote adding up "
                    + "(a member who voted cannot be recorded as interested). Send the item's ETag in If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ItemView.class),
            examples = @ExampleObject(name = "strategic-assessment", value = OpenApiExamples.ITEM)))
    @APIResponse(responseCode = "409", description = "The minutes are approved, or the declared interests contradict the item's recorded vote, or its urgency would change after its "
            + "resolution was recorded (contradicts-recorded-decision, rule names which)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "minutes-approved", value = OpenApiExamples.MINUTES_APPROVED),
                    @ExampleObject(name = "contradicts-recorded-decision", value = OpenApiExamples.INTEREST_CONTRADICTS_DECISION)}))
    @APIResponse(responseCode = "422", description = "A changed minute number (minute-number-fixed), an unknown councillor (unknown-councillor), or an interest declared twice by one councillor (duplicate-interest)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "minute-number-fixed", value = OpenApiExamples.MINUTE_NUMBER_FIXED),
                    @ExampleObject(name = "unknown-councillor", value = OpenApiExamples.UNKNOWN_COUNCILLOR),
                    @ExampleObject(name = "duplicate-interest", value = OpenApiExamples.DUPLICATE_INTEREST)}))
    public Response update(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemRequest.class),
                    examples = @ExampleObject(name = "substantive-item", value = OpenApiExamples.ITEM_REQUEST))) @Valid @NotNull ItemRequest request) {
        AgendaItem item = meetings.updateItem(meetingId, itemId, ifMatch, request);
        return Response.ok(ItemView.of(item)).header(HttpHeaders.ETAG, Etags.of(item.version)).build();
    }

    @POST
    @Path("/{itemId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordDecision", summary = "Record the resolution on an item and how the vote went",
            description = "Unanimous, or for / against / abstain counts (optionally per member) that cannot exceed the members present and entitled to vote "
                    + "(a member with a declared interest does not vote); on a tie the chair's casting vote decides. A decision opens its referral window "
                    + "(deadline from the configured rule) and publishes decision-recorded; an exempt one (urgent item, recommendation) takes effect at once "
                    + "and also publishes decision-effective. A lost motion is recorded and publishes nothing. A body recommends (kind RECOMMENDS, action "
                    + "RECOMMEND) to another body, not to itself; a body that decides (kind DECIDES) takes any action but RECOMMEND; only a COUNCIL adopts a community-safety-plan. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DecisionView.class),
            examples = @ExampleObject(name = "endorse-assessment", value = OpenApiExamples.DECISION)))
    @APIResponse(responseCode = "409", description = "The item already has a resolution, the minutes are approved, or the meeting is not HELD",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "minutes-approved", value = OpenApiExamples.MINUTES_APPROVED)))
    @APIResponse(responseCode = "422", description = "Votes that do not add up: more than those entitled, an interested or absent member voting, a tie without casting vote; "
            + "a recommendation to the deciding body itself or with an action other than RECOMMEND; a decision (kind DECIDES) with the action RECOMMEND; a recommendation to an unknown body (unknown-body); a plan adopted by a body that is not a COUNCIL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "votes-exceed-present", value = OpenApiExamples.VOTES_EXCEED),
                    @ExampleObject(name = "recommendation-to-own-body", value = OpenApiExamples.RECOMMENDATION_TO_OWN_BODY),
                    @ExampleObject(name = "recommendation-action", value = OpenApiExamples.RECOMMENDATION_ACTION),
                    @ExampleObject(name = "decision-action", value = OpenApiExamples.DECISION_ACTION),
                    @ExampleObject(name = "plan-adopted-by-council", value = OpenApiExamples.PLAN_ADOPTED_BY_COUNCIL)}))
    public Response decide(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordDecision.class),
                    examples = @ExampleObject(name = "unanimous-endorsement", value = OpenApiExamples.RECORD_DECISION_REQUEST))) @Valid @NotNull RecordDecision request) {
        Decision d = decisions.record(meetingId, itemId, request);
        return Response.created(URI.create("/api/v1/decisions/" + d.id)).header(HttpHeaders.ETAG, Etags.of(d.version))
                .entity(DecisionView.of(d)).build();
    }
}
