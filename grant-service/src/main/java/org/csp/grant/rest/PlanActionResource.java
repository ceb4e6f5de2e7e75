package org.csp.grant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.csp.grant.domain.PlanAction;
import org.csp.grant.service.PlanActionService;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plan-actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan priorities", description = "Each area's current adopted plan's priorities, which bids must deliver (from plan-service's events)")
public class PlanActionResource {

    @Inject
    PlanActionService actions;

    @Schema(name = "PlanAction", description = "An action of a plan's action plan that a bid delivering its priority may fund",
            requiredProperties = {"actionId", "planId", "priorityId", "title", "status"})
    public record PlanActionView(UUID actionId, UUID planId, UUID priorityId,
            @Schema(nullable = true, example = "Run a county lines awareness campaign in secondary schools") String title,
            @Schema(nullable = true, description = "Its status as plan-service last announced it; a CANCELLED action cannot be "
                    + "funded. Null for an action announced before statuses were kept",
                    enumeration = {"NOT_STARTED", "IN_PROGRESS", "AT_RISK", "COMPLETED", "CANCELLED"}, example = "IN_PROGRESS")
            String status) {
        static PlanActionView of(PlanAction a) {
            return new PlanActionView(a.actionId, a.planId, a.priorityId, a.title, a.status);
        }
    }

    @Schema(name = "PlanActionPage", description = "A page of plan actions", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record PlanActionPage(List<PlanActionView> items, int page, int size, long totalItems, int totalPages) {
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listPlanActions", summary = "Plan actions a bid may fund",
            description = "The actions of the plans' action plans, as plan-service announced them, by title; of one priority "
                    + "when priorityId is given. A bid's actionIds must be among the actions of the priorities it names, and not "
                    + "CANCELLED. "
                    + "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "One page of actions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanActionPage.class),
                    examples = @ExampleObject(name = "actions-of-a-priority", value = OpenApiExamples.PLAN_ACTION_PAGE)))
    public Page<PlanActionView> list(
            @QueryParam("priorityId") @Parameter(description = "Only the actions that deliver this priority") UUID priorityId,
            @Valid @BeanParam PageRequest paging) {
        return Page.of(actions.list(priorityId), paging, PlanActionView::of);
    }
}
