package org.csp.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.csp.plan.domain.PriorityProposal;
import org.csp.plan.domain.ProposalStatus;
import org.csp.plan.rest.PlanDtos.AcceptProposal;
import org.csp.plan.rest.PlanDtos.MergeProposal;
import org.csp.plan.rest.PlanDtos.ProposalView;
import org.csp.plan.rest.PlanDtos.RejectProposal;
import org.csp.plan.service.ProposalService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Priority proposals", description = "Priorities recommended by published Strategic Assessments, for officers to accept, merge or reject")
public class ProposalResource {

    @Inject
    ProposalService proposals;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "listProposals", summary = "Priorities proposed by published assessments",
            description = "Filter by plan, assessment or status; oldest first. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "A page of proposals",
            content = @Content(schema = @Schema(implementation = Pages.PriorityProposalPage.class),
                    examples = @ExampleObject(name = "proposals", value = OpenApiExamples.PROPOSAL_PAGE)))
    public Page<ProposalView> list(@QueryParam("planId") UUID planId, @QueryParam("assessmentId") UUID assessmentId,
            @QueryParam("status") ProposalStatus status, @Valid @BeanParam PageRequest paging) {
        return proposals.list(planId, assessmentId, status, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "getProposal", summary = "Read a proposal", description = "Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "The proposal; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProposalView.class),
                    examples = @ExampleObject(name = "accepted", value = OpenApiExamples.PROPOSAL)))
    public Response get(@PathParam("id") UUID id) {
        PriorityProposal proposal = PriorityProposal.require(id);
        return Response.ok(ProposalView.of(proposal)).header(HttpHeaders.ETAG, Etags.of(proposal.version)).build();
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "acceptProposal", summary = "Accept a proposal as a new priority theme",
            description = "The theme carries the recommendation as its evidence; the plan must be of the proposal's area. Needs"
                    + " If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Accepted; themeId names the new theme",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProposalView.class),
                    examples = @ExampleObject(name = "accepted", value = OpenApiExamples.PROPOSAL)))
    @APIResponse(responseCode = "409", description = "Already decided (proposal-already-decided); the plan's priorities cannot change in its status (adopted-plan-needs-refresh, plan-awaiting-adoption, plan-superseded); or another request changed the proposal at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "proposal-already-decided", value = OpenApiExamples.PROPOSAL_ALREADY_DECIDED),
                    @ExampleObject(name = "adopted-plan-needs-refresh", value = OpenApiExamples.ADOPTED_PLAN_NEEDS_REFRESH),
                    @ExampleObject(name = "plan-awaiting-adoption", value = OpenApiExamples.PLAN_AWAITING_ADOPTION),
                    @ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    @APIResponse(responseCode = "422", description = "A theme of an adopted plan needs a lead group (theme-without-lead-group), or the plan is another area's (proposal-from-another-area, field planId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "theme-without-lead-group", value = OpenApiExamples.THEME_WITHOUT_LEAD_GROUP),
                    @ExampleObject(name = "proposal-from-another-area", value = OpenApiExamples.PROPOSAL_FROM_ANOTHER_AREA)}))
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AcceptProposal.class),
                    examples = @ExampleObject(name = "as-new-theme", value = OpenApiExamples.ACCEPT_PROPOSAL_REQUEST)))
            @Valid @NotNull AcceptProposal request) {
        PriorityProposal proposal = proposals.accept(id, ifMatch, request);
        return Response.ok(ProposalView.of(proposal)).header(HttpHeaders.ETAG, Etags.of(proposal.version)).build();
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "mergeProposal", summary = "Merge a proposal into an existing theme",
            description = "Its recommendation becomes more evidence of that theme, which must be of a plan of the proposal's"
                    + " area. Needs If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Merged",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProposalView.class),
                    examples = @ExampleObject(name = "merged", value = OpenApiExamples.PROPOSAL)))
    @APIResponse(responseCode = "409", description = "Already decided (proposal-already-decided); the plan's priorities cannot change in its status (adopted-plan-needs-refresh, plan-awaiting-adoption, plan-superseded); or another request changed the proposal at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "proposal-already-decided", value = OpenApiExamples.PROPOSAL_ALREADY_DECIDED),
                    @ExampleObject(name = "adopted-plan-needs-refresh", value = OpenApiExamples.ADOPTED_PLAN_NEEDS_REFRESH),
                    @ExampleObject(name = "plan-awaiting-adoption", value = OpenApiExamples.PLAN_AWAITING_ADOPTION),
                    @ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    @APIResponse(responseCode = "422", description = "The theme is of another area's plan (proposal-from-another-area, field themeId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "proposal-from-another-area", value = OpenApiExamples.PROPOSAL_FROM_ANOTHER_AREA)}))
    public Response merge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MergeProposal.class),
                    examples = @ExampleObject(name = "into-domestic-abuse", value = OpenApiExamples.MERGE_PROPOSAL_REQUEST)))
            @Valid @NotNull MergeProposal request) {
        PriorityProposal proposal = proposals.merge(id, ifMatch, request);
        return Response.ok(ProposalView.of(proposal)).header(HttpHeaders.ETAG, Etags.of(proposal.version)).build();
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "rejectProposal", summary = "Reject a proposal, saying why",
            description = "Needs If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Rejected",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProposalView.class),
                    examples = @ExampleObject(name = "rejected", value = OpenApiExamples.PROPOSAL)))
    @APIResponse(responseCode = "409", description = "Already decided (proposal-already-decided), or another request changed the proposal at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "proposal-already-decided", value = OpenApiExamples.PROPOSAL_ALREADY_DECIDED),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    public Response reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RejectProposal.class),
                    examples = @ExampleObject(name = "covered-elsewhere", value = OpenApiExamples.REJECT_PROPOSAL_REQUEST)))
            @Valid @NotNull RejectProposal request) {
        PriorityProposal proposal = proposals.reject(id, ifMatch, request.reason());
        return Response.ok(ProposalView.of(proposal)).header(HttpHeaders.ETAG, Etags.of(proposal.version)).build();
    }
}
