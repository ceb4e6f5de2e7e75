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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.governance.domain.Meeting;
import org.csp.governance.domain.MeetingStatus;
import org.csp.governance.rest.MeetingDtos.ApproveMinutes;
import org.csp.governance.rest.MeetingDtos.CreateMeeting;
import org.csp.governance.rest.MeetingDtos.MeetingView;
import org.csp.governance.rest.MeetingDtos.RecordAttendance;
import org.csp.governance.rest.MeetingDtos.UpdateMeeting;
import org.csp.governance.service.MeetingService;
import org.csp.governance.service.MinutesDocument;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings, attendance and minutes")
public class MeetingResource {

    @Inject
    MeetingService meetings;
    @Inject
    MinutesDocument minutes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createMeeting", summary = "Schedule a meeting of a body",
            description = "The meeting is SCHEDULED; an end time must be after the start. Obligations due after it may be drafted onto its agenda. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "crime-and-disorder-committee", value = OpenApiExamples.MEETING)))
    @APIResponse(responseCode = "422", description = "End before start, or unknown body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "end-before-start", value = OpenApiExamples.END_BEFORE_START)))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateMeeting.class),
                    examples = @ExampleObject(name = "committee-meeting", value = OpenApiExamples.CREATE_MEETING_REQUEST))) @Valid @NotNull CreateMeeting request) {
        Meeting m = meetings.create(request);
        return Response.created(URI.create("/api/v1/meetings/" + m.id)).header(HttpHeaders.ETAG, Etags.of(m.version))
                .entity(MeetingView.of(m)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Filter by body, date range and status; in date order. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(schema = @Schema(implementation = Pages.MeetingPage.class),
            examples = @ExampleObject(name = "page", value = OpenApiExamples.MEETING_PAGE)))
    public Page<MeetingView> list(@QueryParam("bodyId") UUID bodyId,
            @Parameter(description = "On or after this date", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "On or before this date", example = "2019-12-31") @QueryParam("to") LocalDate to,
            @QueryParam("status") MeetingStatus status, @Valid @BeanParam PageRequest paging) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (bodyId != null) {
            q.append(" and bodyId = :body");
            p.put("body", bodyId);
        }
        if (from != null) {
            q.append(" and date >= :from");
            p.put("from", from);
        }
        if (to != null) {
            q.append(" and date <= :to");
            p.put("to", to);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        q.append(" order by date, startTime, id");
        return Page.of(Meeting.find(q.toString(), p), paging, MeetingView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getMeeting", summary = "Read a meeting with its attendance", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "crime-and-disorder-committee", value = OpenApiExamples.MEETING)))
    public Response get(@PathParam("id") UUID id) {
        Meeting m = Meeting.require(id);
        return Response.ok(MeetingView.of(m)).header(HttpHeaders.ETAG, Etags.of(m.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updateMeeting", summary = "Update a meeting: times, place, status (SCHEDULED → HELD or CANCELLED)",
            description = "Send the current ETag in If-Match. A CANCELLED meeting needs a reason. When a meeting is HELD, obligations on its agenda are met; "
                    + "when it is CANCELLED, or moved to a day outside an obligation's window, the obligation goes to the next suitable meeting or back "
                    + "to OPEN, and a meeting moved into an open obligation's window takes it. Only a SCHEDULED meeting moves to another date. "
                    + "Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "held", value = OpenApiExamples.MEETING)))
    @APIResponse(responseCode = "409", description = "Minutes approved (minutes-approved), a status change that is not allowed or a move of a meeting that "
            + "is not SCHEDULED (meeting-status), or a move to another municipal year of a meeting with numbered items (meeting-has-items)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "minutes-approved", value = OpenApiExamples.MINUTES_APPROVED)))
    @APIResponse(responseCode = "422", description = "End before start", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "end-before-start", value = OpenApiExamples.END_BEFORE_START)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateMeeting.class),
                    examples = @ExampleObject(name = "held", value = OpenApiExamples.UPDATE_MEETING_REQUEST))) @Valid @NotNull UpdateMeeting request) {
        Meeting m = meetings.update(id, ifMatch, request);
        return Response.ok(MeetingView.of(m)).header(HttpHeaders.ETAG, Etags.of(m.version)).build();
    }

    @PUT
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordAttendance", summary = "Record who attended a HELD meeting, and its chair",
            description = "Members present or sending apologies; substitutes, each for a member who sent apologies; visiting members; officers. "
                    + "Replaces what was recorded; once decisions are recorded, every recorded vote must still add up with the new attendance, "
                    + "and a meeting with a recorded casting vote keeps the chair who gave it. "
                    + "Send the meeting's ETag in If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "The meeting with its attendance", content = @Content(schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "attendance", value = OpenApiExamples.MEETING)))
    @APIResponse(responseCode = "409", description = "Minutes approved, the meeting is not HELD, or a recorded vote would no longer add up (rule names which, e.g. votes-exceed-present, casting-vote-chair-changed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "minutes-approved", value = OpenApiExamples.MINUTES_APPROVED),
                    @ExampleObject(name = "contradicts-recorded-decision", value = OpenApiExamples.ATTENDANCE_CONTRADICTS_DECISION)}))
    @APIResponse(responseCode = "422", description = "A substitute for a member who sent no apologies (substitute-without-apologies), a non-member present (not-a-member), someone not serving as a councillor on the day (not-a-current-councillor), an unknown officer (unknown-officer), someone listed twice (duplicate-attendance), two substitutes for one member (duplicate-substitute), or a chair not present (chair-not-present)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "substitute-without-apologies", value = OpenApiExamples.SUBSTITUTE_WITHOUT_APOLOGIES),
                    @ExampleObject(name = "not-a-member", value = OpenApiExamples.GENERIC_422),
                    @ExampleObject(name = "not-a-current-councillor", value = OpenApiExamples.NOT_A_CURRENT_COUNCILLOR),
                    @ExampleObject(name = "unknown-officer", value = OpenApiExamples.UNKNOWN_OFFICER),
                    @ExampleObject(name = "duplicate-attendance", value = OpenApiExamples.DUPLICATE_ATTENDANCE),
                    @ExampleObject(name = "duplicate-substitute", value = OpenApiExamples.DUPLICATE_SUBSTITUTE),
                    @ExampleObject(name = "chair-not-present", value = OpenApiExamples.CHAIR_NOT_PRESENT)}))
    public Response recordAttendance(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordAttendance.class),
                    examples = @ExampleObject(name = "with-substitute", value = OpenApiExamples.RECORD_ATTENDANCE_REQUEST))) @Valid @NotNull RecordAttendance request) {
        Meeting m = meetings.recordAttendance(id, ifMatch, request);
        return Response.ok(MeetingView.of(m)).header(HttpHeaders.ETAG, Etags.of(m.version)).build();
    }

    @POST
    @Path("/{id}/minutes/publication")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "publishMinutes", summary = "Publish the draft minutes of a HELD meeting",
            description = "Referral windows counted from publication of the minutes start today. Published once, and not after the minutes were approved. "
                    + "Send the meeting's ETag in If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "published", value = OpenApiExamples.MEETING)))
    @APIResponse(responseCode = "409", description = "Already published, already approved, or the meeting is not HELD", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "minutes-approved", value = OpenApiExamples.MINUTES_APPROVED_NOT_PUBLISHED),
                    @ExampleObject(name = "minutes-published", value = OpenApiExamples.MINUTES_PUBLISHED)}))
    public Response publishMinutes(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch) {
        Meeting m = meetings.publishMinutes(id, ifMatch);
        return Response.ok(MeetingView.of(m)).header(HttpHeaders.ETAG, Etags.of(m.version)).build();
    }

    @POST
    @Path("/{id}/minutes/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "approveMinutes", summary = "Record that the minutes were approved as a correct record at a later meeting",
            description = "At a later meeting of the same body that was HELD. After approval nothing in the minutes (attendance, items, resolutions) "
                    + "can be edited. Minutes not yet published are published by the approval (minutesPublishedOn is that day), "
                    + "opening referral windows counted from publication. Send the meeting's ETag in If-Match. "
                    + "Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "The meeting with APPROVED minutes", content = @Content(schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "approved", value = OpenApiExamples.MEETING)))
    @APIResponse(responseCode = "409", description = "Already approved, or the meeting was not HELD", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "minutes-approved", value = OpenApiExamples.MINUTES_APPROVED)))
    @APIResponse(responseCode = "422", description = "The approving meeting is not a later, HELD meeting of the same body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "minutes-approval-meeting", value = OpenApiExamples.MINUTES_APPROVAL_MEETING)))
    public Response approveMinutes(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApproveMinutes.class),
                    examples = @ExampleObject(name = "approved-at-next-meeting", value = OpenApiExamples.APPROVE_MINUTES_REQUEST))) @Valid @NotNull ApproveMinutes request) {
        Meeting m = meetings.approveMinutes(id, ifMatch, request.approvedAtMeetingId());
        return Response.ok(MeetingView.of(m)).header(HttpHeaders.ETAG, Etags.of(m.version)).build();
    }

    @GET
    @Path("/{id}/minutes")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getMinutesDocument", summary = "The minutes of a meeting as an HTML document in the council's layout",
            description = "The referral notice and deadline, the heading, who was present, then each numbered minute with its notes, resolution and vote. Roles: every role.")
    @APIResponse(responseCode = "200", description = "The minutes (well-formed XHTML)", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(implementation = String.class), examples = @ExampleObject(name = "minutes", value = OpenApiExamples.MINUTES_HTML)))
    public String minutes(@PathParam("id") UUID id) {
        return minutes.render(id);
    }
}
