package org.csp.grant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.csp.grant.service.PlanPriorityService;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.security.Roles;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plan-priorities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan priorities", description = "Each area's current adopted plan's priorities, which bids must deliver (from plan-service's events)")
public class PlanPriorityResource {

    @Inject
    PlanPriorityService priorities;

    @Schema(name = "CurrentPlanPriority", description = "A priority of an area's current adopted plan",
            requiredProperties = {"priorityId", "planId", "areaCode", "planTitle", "title"})
    public record CurrentPriorityView(UUID priorityId, UUID planId,
            @Schema(nullable = true, description = "The area whose plan it is: bids under that area's awards may name it. "
                    + "Null for a priority plan-service announced before its events named the area", example = "maidstone")
            String areaCode,
            @Schema(nullable = true, description = "Title of the plan; null when plan-service did not give one",
                    example = "Community Safety Plan 2019-22") String planTitle,
            @Schema(example = "Safeguarding people whose circumstances make them vulnerable") String title) {
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listCurrentPlanPriorities", summary = "Priorities a bid may name",
            description = "The priorities of each area's current adopted Community Safety Plan, by area and title, or of one "
                    + "area's (a bid names priorities of its award's area). Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "One page of the current priorities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CurrentPlanPriorityPage.class),
                    examples = @ExampleObject(name = "plan-2019-22", value = OpenApiExamples.PRIORITIES)))
    public Page<CurrentPriorityView> current(@QueryParam("areaCode") @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE)
            @Parameter(description = "Only this area's priorities", example = "maidstone") String areaCode,
            @Valid @BeanParam PageRequest paging) {
        return Page.of(priorities.current(areaCode), paging,
                p -> new CurrentPriorityView(p.priorityId, p.planId, p.areaCode, p.planTitle, p.title));
    }

    @Schema(name = "CurrentPlanPriorityPage", description = "A page of current plan priorities",
            requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record CurrentPlanPriorityPage(List<CurrentPriorityView> items, int page, int size, long totalItems, int totalPages) {
    }
}
