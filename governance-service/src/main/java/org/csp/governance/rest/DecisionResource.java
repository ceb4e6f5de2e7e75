package org.csp.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.DecisionStatus;
import org.csp.governance.domain.Referral;
import org.csp.governance.rest.DecisionDtos.DecisionView;
import org.csp.governance.rest.DecisionDtos.ReferralView;
import org.csp.governance.rest.DecisionDtos.SubmitReferral;
import org.csp.governance.service.DecisionService;
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

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items and resolutions", description = "Agenda and minute items, resolutions and votes")
public class DecisionResource {

    @Inject
    DecisionService decisions;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listDecisions", summary = "List decisions",
            description = "Filter by body, meeting, subject, status, meeting date range, or awaitingEffect=true for decisions whose referral window "
                    + "is open or not yet started. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of decisions", content = @Content(schema = @Schema(implementation = Pages.DecisionPage.class),
            examples = @ExampleObject(name = "page", value = OpenApiExamples.DECISION_PAGE)))
    public Page<DecisionView> list(@QueryParam("bodyId") UUID bodyId, @QueryParam("meetingId") UUID meetingId,
            @QueryParam("subjectId") UUID subjectId, @QueryParam("status") DecisionStatus status,
            @Parameter(description = "Only decisions not yet in effect and not referred") @QueryParam("awaitingEffect") Boolean awaitingEffect,
            @Parameter(description = "Meeting on or after", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Meeting on or before", example = "2019-12-31") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest paging) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (bodyId != null) {
            q.append(" and bodyId = :body");
            p.put("body", bodyId);
        }
        if (meetingId != null) {
            q.append(" and meetingId = :meeting");
            p.put("meeting", meetingId);
        }
        if (subjectId != null) {
            q.append(" and subjectId = :subject");
            p.put("subject", subjectId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        if (Boolean.TRUE.equals(awaitingEffect)) {
            q.append(" and status in :awaiting");
            p.put("awaiting", List.of(DecisionStatus.OPEN, DecisionStatus.AWAITING_MINUTES));
        }
        if (from != null) {
            q.append(" and meetingDate >= :from");
            p.put("from", from);
        }
        if (to != null) {
            q.append(" and meetingDate <= :to");
            p.put("to", to);
        }
        q.append(" order by meetingDate, recordedAt, id");
        return Page.of(Decision.find(q.toString(), p), paging, DecisionView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getDecision", summary = "Read a decision, its referral deadline and any referral", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = DecisionView.class),
            examples = @ExampleObject(name = "endorse-assessment", value = OpenApiExamples.DECISION)))
    public Response get(@PathParam("id") UUID id) {
        Decision d = Decision.require(id);
        return Response.ok(DecisionView.of(d)).header(HttpHeaders.ETAG, Etags.of(d.version)).build();
    }

    @POST
    @Path("/{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCILLOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "submitReferral", summary = "Submit a Decision Referral Form (call-in)",
            description = "Signed by at least the configured number (three) of distinct current councillors, with reasons, by the referral deadline. "
                    + "A valid referral sends the decision to the referral body (Policy and Resources Committee): it will not take effect, and "
                    + "decision-referred is published. Roles: councillor, partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Referred; Location is the referral (getReferral)", content = @Content(schema = @Schema(implementation = ReferralView.class),
            examples = @ExampleObject(name = "referral", value = OpenApiExamples.REFERRAL)))
    @APIResponse(responseCode = "409", description = "The decision is not in its referral window (exempt, effective, referred or lost)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-open", value = OpenApiExamples.NOT_OPEN)))
    @APIResponse(responseCode = "422", description = "Late (referral-late), under-signed (referral-under-signed), a duplicate signature (duplicate-signature) or a signature that is not a current councillor's (non-councillor-signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "referral-late", value = OpenApiExamples.REFERRAL_LATE),
                    @ExampleObject(name = "referral-under-signed", value = OpenApiExamples.REFERRAL_UNDER_SIGNED),
                    @ExampleObject(name = "duplicate-signature", value = OpenApiExamples.DUPLICATE_SIGNATURE),
                    @ExampleObject(name = "non-councillor-signature", value = OpenApiExamples.NON_COUNCILLOR_SIGNATURE)}))
    public Response refer(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmitReferral.class),
                    examples = @ExampleObject(name = "three-signatures", value = OpenApiExamples.SUBMIT_REFERRAL_REQUEST))) @Valid @NotNull SubmitReferral request) {
        Referral r = decisions.refer(id, request);
        return Response.created(URI.create("/api/v1/decisions/" + id + "/referrals/" + r.id)).entity(ReferralView.of(r)).build();
    }

    @GET
    @Path("/{id}/referrals/{referralId}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getReferral", summary = "Read a Decision Referral Form submitted against a decision",
            description = "Where submitReferral's Location points; readable by everyone who may read the decision (also embedded in it as referral). "
                    + "A referral is not changed once submitted. Roles: every role.")
    @APIResponse(responseCode = "200", description = "The referral", content = @Content(schema = @Schema(implementation = ReferralView.class),
            examples = @ExampleObject(name = "referral", value = OpenApiExamples.REFERRAL)))
    @APIResponse(responseCode = "404", description = "No such decision, or no such referral of this decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferralView getReferral(@PathParam("id") UUID id, @PathParam("referralId") UUID referralId) {
        Decision.require(id);
        Referral r = Referral.findById(referralId);
        if (r == null || !r.decisionId.equals(id)) {
            throw org.csp.platform.problem.ApiException.notFound("referral", referralId);
        }
        return ReferralView.of(r);
    }
}
