package org.csp.grant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import org.csp.grant.domain.BidStatus;
import org.csp.grant.domain.GrantBid;
import org.csp.grant.rest.BidDtos.AllocationRequest;
import org.csp.grant.rest.BidDtos.ApproveRequest;
import org.csp.grant.rest.BidDtos.BidInput;
import org.csp.grant.rest.BidDtos.BidPage;
import org.csp.grant.rest.BidDtos.BidTransitionPage;
import org.csp.grant.rest.BidDtos.BidView;
import org.csp.grant.rest.BidDtos.ReasonRequest;
import org.csp.grant.rest.BidDtos.SiftRequest;
import org.csp.grant.rest.BidDtos.TransitionView;
import org.csp.grant.service.BidService;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bids")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bids", description = "Bids for the grant and their lifecycle: DRAFT → SUBMITTED → SIFTED → APPROVED → IN_DELIVERY → COMPLETED, or WITHDRAWN")
public class BidResource {

    static final String ROLES_EVERYONE = " Roles: partnership-officer, administrator, partner-agency (own agency's bids only), councillor, pcc-office (not drafts).";
    static final String ROLES_EDITORS = " Roles: partnership-officer, administrator, partner-agency (own agency's bids only).";
    static final String ROLES_OFFICERS = " Roles: partnership-officer, administrator.";

    @Inject
    BidService bids;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BidInput.class), examples = @ExampleObject(name = "bid", value = OpenApiExamples.BID_INPUT)))
    @Operation(operationId = "createBid", summary = "Draft a bid",
            description = "A DRAFT bid for an award. It must name at least one priority of the current adopted plan of the "
                    + "award's area, and every priority it names must be one. The plan actions it funds (optional) must be actions "
                    + "plan-service announced that deliver one of those priorities. A partner agency bids only for itself." + ROLES_EDITORS)
    @APIResponse(responseCode = "201", description = "Drafted; ETag header carries the version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "draft-bid", value = OpenApiExamples.BID_DRAFT)))
    @APIResponse(responseCode = "422", description = "A named priority is not current, a named action is unknown or delivers "
            + "another priority, or the award does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "priority-not-current", value = OpenApiExamples.PRIORITY_NOT_CURRENT),
                            @ExampleObject(name = "action-not-fundable", value = OpenApiExamples.ACTION_NOT_FUNDABLE),
                            @ExampleObject(name = "award-unknown", value = OpenApiExamples.AWARD_UNKNOWN)}))
    public Response create(@Valid @NotNull BidInput request) {
        GrantBid bid = bids.create(request);
        return Response.created(URI.create("/api/v1/bids/" + bid.id)).header(HttpHeaders.ETAG, Etags.of(bid.version))
                .entity(BidView.of(bid)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listBids", summary = "List bids",
            description = "The bids the caller may see, oldest first, filtered by financial year, status, applicant, plan "
                    + "priority or award." + ROLES_EVERYONE)
    @APIResponse(responseCode = "200", description = "One page of bids",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidPage.class),
                    examples = @ExampleObject(name = "bids-2019-20", value = OpenApiExamples.BID_PAGE)))
    public Page<BidView> list(
            @QueryParam("year") @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20")
            @Parameter(description = "Financial year: two consecutive years", example = "2019-20") String year,
            @QueryParam("status") @Parameter(description = "Lifecycle status") BidStatus status,
            @QueryParam("applicant") @Size(max = 100) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
            @Parameter(description = "Applicant code, spelt as the bid's applicant", example = "kent-police") String applicant,
            @QueryParam("priorityId") @Parameter(description = "A plan priority the bid delivers") UUID priorityId,
            @QueryParam("awardId") @Parameter(description = "The award bid for") UUID awardId,
            @Valid @BeanParam PageRequest paging) {
        return Page.of(bids.list(new BidService.BidFilter(year, status, applicant, priorityId, awardId)), paging, BidView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getBid", summary = "Read a bid",
            description = "Another agency's bid, or a draft for a reader, answers 404." + ROLES_EVERYONE)
    @APIResponse(responseCode = "200", description = "The bid; ETag header carries the version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "bid", value = OpenApiExamples.BID)))
    public Response get(@PathParam("id") UUID id) {
        return ok(bids.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BidInput.class), examples = @ExampleObject(name = "bid", value = OpenApiExamples.BID_INPUT)))
    @Operation(operationId = "updateBid", summary = "Edit a draft bid",
            description = "Replaces a DRAFT bid's content. Needs If-Match." + ROLES_EDITORS)
    @APIResponse(responseCode = "200", description = "Updated; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "draft-bid", value = OpenApiExamples.BID_DRAFT)))
    @APIResponse(responseCode = "409", description = "The bid is no longer a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-not-draft", value = OpenApiExamples.NOT_DRAFT)))
    @APIResponse(responseCode = "422", description = "A named priority is not current, a named action is unknown or delivers "
            + "another priority, or the award does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "priority-not-current", value = OpenApiExamples.PRIORITY_NOT_CURRENT),
                            @ExampleObject(name = "action-not-fundable", value = OpenApiExamples.ACTION_NOT_FUNDABLE),
                            @ExampleObject(name = "award-unknown", value = OpenApiExamples.AWARD_UNKNOWN)}))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match") String ifMatch,
            @Valid @NotNull BidInput request) {
        return ok(bids.update(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @Operation(operationId = "submitBid", summary = "Submit a draft bid",
            description = "DRAFT → SUBMITTED; its priorities must still be current. Needs If-Match. Publishes bid-status-changed."
                    + ROLES_EDITORS)
    @APIResponse(responseCode = "200", description = "Submitted; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "submitted-bid", value = OpenApiExamples.BID_SUBMITTED)))
    @APIResponse(responseCode = "409", description = "Not allowed from the bid's current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-transition-not-allowed", value = OpenApiExamples.TRANSITION_NOT_ALLOWED)))
    @APIResponse(responseCode = "422", description = "A priority it names is no longer current",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "priority-not-current", value = OpenApiExamples.PRIORITY_NOT_CURRENT)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match") String ifMatch) {
        return ok(bids.submit(id, ifMatch));
    }

    @POST
    @Path("/{id}/sift")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SiftRequest.class), examples = {@ExampleObject(name = "shortlist", value = OpenApiExamples.SIFT_SHORTLIST), @ExampleObject(name = "reject", value = OpenApiExamples.SIFT_REJECT)}))
    @Operation(operationId = "siftBid", summary = "Sift a submitted bid",
            description = "SUBMITTED → SIFTED, shortlisted or rejected (a rejection needs the reason). Needs If-Match. "
                    + "Publishes bid-status-changed." + ROLES_OFFICERS)
    @APIResponse(responseCode = "200", description = "Sifted; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "sifted-bid", value = OpenApiExamples.BID_SIFTED)))
    @APIResponse(responseCode = "409", description = "Not allowed from the bid's current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-transition-not-allowed", value = OpenApiExamples.TRANSITION_NOT_ALLOWED)))
    public Response sift(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match") String ifMatch,
            @Valid @NotNull SiftRequest request) {
        return ok(bids.sift(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApproveRequest.class), examples = @ExampleObject(name = "approve", value = OpenApiExamples.APPROVE)))
    @Operation(operationId = "approveBid", summary = "Approve a shortlisted bid with an allocation",
            description = "SIFTED (shortlisted) → APPROVED with an allocation of at least 1 penny, no larger than requested and within what remains "
                    + "of the award outside the tactical pot. Plan actions given here replace the bid's; the actions funded, "
                    + "these or the draft's, must deliver one of its priorities and not be cancelled (an empty list funds none). "
                    + "approvedOn is the day the panel approved it (today when not given), never after today; an earlier "
                    + "day is taken, so a grant decided before it was recorded keeps its date in the reports. "
                    + "Needs If-Match. Publishes bid-approved and bid-status-changed."
                    + ROLES_OFFICERS)
    @APIResponse(responseCode = "200", description = "Approved; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "approved-bid", value = OpenApiExamples.BID)))
    @APIResponse(responseCode = "409", description = "Not allowed from the bid's current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-transition-not-allowed", value = OpenApiExamples.TRANSITION_NOT_ALLOWED)))
    @APIResponse(responseCode = "422", description = "The allocation exceeds the request or what remains of the award, an "
            + "action is unknown or delivers another priority, or approvedOn is after today (the problem names the field and the dates)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "allocation-exceeds-award", value = OpenApiExamples.ALLOCATION_EXCEEDS_AWARD),
                            @ExampleObject(name = "allocation-exceeds-request", value = OpenApiExamples.ALLOCATION_EXCEEDS_REQUEST),
                            @ExampleObject(name = "action-not-fundable", value = OpenApiExamples.ACTION_NOT_FUNDABLE),
                            @ExampleObject(name = "approval-dated-in-future", value = OpenApiExamples.APPROVAL_DATED_IN_FUTURE)}))
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match") String ifMatch,
            @Valid @NotNull ApproveRequest request) {
        return ok(bids.approve(id, ifMatch, request));
    }

    @PUT
    @Path("/{id}/allocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AllocationRequest.class), examples = @ExampleObject(name = "lower-allocation", value = OpenApiExamples.CHANGE_ALLOCATION)))
    @Operation(operationId = "changeAllocation", summary = "Change an approved bid's allocation",
            description = "At least 1 penny (a bid that is to get nothing is withdrawn instead), within what remains of the award, "
                    + "not above the request, not below what has been paid. Needs If-Match. "
                    + "Publishes allocation-changed." + ROLES_OFFICERS)
    @APIResponse(responseCode = "200", description = "Changed; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "reallocated-bid", value = OpenApiExamples.BID_REALLOCATED)))
    @APIResponse(responseCode = "409", description = "The bid is not APPROVED or IN_DELIVERY",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-not-allocated", value = OpenApiExamples.NOT_ALLOCATED)))
    @APIResponse(responseCode = "422", description = "The allocation breaks a money rule (more than remains of the award or "
            + "than was requested, or less than has been paid); the figures are in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "allocation-exceeds-award", value = OpenApiExamples.ALLOCATION_EXCEEDS_AWARD),
                            @ExampleObject(name = "allocation-exceeds-request", value = OpenApiExamples.ALLOCATION_EXCEEDS_REQUEST),
                            @ExampleObject(name = "allocation-below-payments", value = OpenApiExamples.ALLOCATION_BELOW_PAYMENTS)}))
    public Response changeAllocation(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match") String ifMatch, @Valid @NotNull AllocationRequest request) {
        return ok(bids.changeAllocation(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/start-delivery")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "startBidDelivery", summary = "Start delivery of an approved bid",
            description = "APPROVED → IN_DELIVERY. Needs If-Match. Publishes bid-status-changed." + ROLES_OFFICERS)
    @APIResponse(responseCode = "200", description = "In delivery; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "bid-in-delivery", value = OpenApiExamples.BID_IN_DELIVERY)))
    @APIResponse(responseCode = "409", description = "Not allowed from the bid's current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-transition-not-allowed", value = OpenApiExamples.TRANSITION_NOT_ALLOWED)))
    public Response startDelivery(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match") String ifMatch) {
        return ok(bids.startDelivery(id, ifMatch, null));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "completeBid", summary = "Complete a bid in delivery",
            description = "IN_DELIVERY → COMPLETED; what was allocated and not paid is its underspend. Needs If-Match. "
                    + "Publishes bid-status-changed." + ROLES_OFFICERS)
    @APIResponse(responseCode = "200", description = "Completed; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "completed-bid", value = OpenApiExamples.BID_COMPLETED)))
    @APIResponse(responseCode = "409", description = "Not allowed from the bid's current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-transition-not-allowed", value = OpenApiExamples.TRANSITION_NOT_ALLOWED)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match") String ifMatch) {
        return ok(bids.complete(id, ifMatch, null));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonRequest.class), examples = @ExampleObject(name = "withdraw", value = OpenApiExamples.WITHDRAW)))
    @Operation(operationId = "withdrawBid", summary = "Withdraw a bid",
            description = "From DRAFT, SUBMITTED, SIFTED (shortlisted) or APPROVED to WITHDRAWN; an approved bid's unpaid allocation "
                    + "returns to the award (allocation-changed). Needs If-Match. Publishes bid-status-changed." + ROLES_EDITORS)
    @APIResponse(responseCode = "200", description = "Withdrawn; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class),
                    examples = @ExampleObject(name = "withdrawn-bid", value = OpenApiExamples.BID_WITHDRAWN)))
    @APIResponse(responseCode = "409", description = "Not allowed from the bid's current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-transition-not-allowed", value = OpenApiExamples.TRANSITION_NOT_ALLOWED)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match") String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        return ok(bids.withdraw(id, ifMatch, request.reason()));
    }

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listBidTransitions", summary = "A bid's lifecycle history",
            description = "Every transition with who and when, oldest first." + ROLES_EVERYONE)
    @APIResponse(responseCode = "200", description = "One page of the transitions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidTransitionPage.class),
                    examples = @ExampleObject(name = "submitted", value = OpenApiExamples.TRANSITIONS)))
    public Page<TransitionView> transitions(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return Page.of(bids.transitions(id), paging, TransitionView::of);
    }

    private static Response ok(GrantBid bid) {
        return Response.ok(BidView.of(bid)).header(HttpHeaders.ETAG, Etags.of(bid.version)).build();
    }
}
