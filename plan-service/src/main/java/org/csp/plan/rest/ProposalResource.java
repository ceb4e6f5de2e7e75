package org.csp.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.csp.plan.domain.PriorityProposal;
import org.csp.plan.domain.ProposalStatus;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Priority proposals")
public class ProposalResource {

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "listProposals", summary = "Priorities proposed by published assessments")
    public Page<ProposalView> list(@QueryParam("assessmentId") UUID assessmentId, @QueryParam("status") ProposalStatus status,
            @Valid @BeanParam PageRequest paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (assessmentId != null) {
            query.append(" and assessmentId = :assessmentId");
            params.put("assessmentId", assessmentId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        query.append(" order by receivedAt, title");
        return Page.of(PriorityProposal.find(query.toString(), params), paging, ProposalView::of);
    }

    @Schema(name = "PriorityProposal")
    public record ProposalView(UUID id, UUID assessmentId, UUID recommendationId, String financialYear, String title,
            String rationale, ProposalStatus status, Instant receivedAt) {
        static ProposalView of(PriorityProposal p) {
            return new ProposalView(p.id, p.assessmentId, p.recommendationId, p.financialYear, p.title, p.rationale,
                    p.status, p.receivedAt);
        }
    }
}
