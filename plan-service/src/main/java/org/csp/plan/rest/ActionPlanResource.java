package org.csp.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.csp.plan.domain.ActionPlan;
import org.csp.plan.domain.Indicator;
import org.csp.plan.domain.PlanAction;
import org.csp.plan.rest.ActionDtos.ActionPlanView;
import org.csp.plan.rest.ActionDtos.ActionRequest;
import org.csp.plan.rest.ActionDtos.ActionView;
import org.csp.plan.rest.ActionDtos.CreateIndicator;
import org.csp.plan.rest.ActionDtos.IndicatorView;
import org.csp.plan.rest.ActionDtos.UpdateActionPlan;
import org.csp.plan.service.ActionPlanService;
import org.csp.plan.service.ActionService;
import org.csp.plan.service.IndicatorService;
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

@Path("/api/v1/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans", description = "A theme's yearly action plan: outcome, indicators and measurable actions")
public class ActionPlanResource {

    @Inject
    ActionPlanService actionPlans;
    @Inject
    IndicatorService indicators;
    @Inject
    ActionService actions;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listActionPlans", summary = "List action plans",
            description = "Filter by plan, theme or financial year. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of action plans",
            content = @Content(schema = @Schema(implementation = Pages.ActionPlanPage.class),
                    examples = @ExampleObject(name = "action-plans", value = OpenApiExamples.ACTION_PLAN_PAGE)))
    public Page<ActionPlanView> list(@QueryParam("planId") UUID planId, @QueryParam("themeId") UUID themeId,
            @QueryParam("financialYear") @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20") String financialYear,
            @Valid @BeanParam PageRequest paging) {
        return actionPlans.list(planId, themeId, QueryFilters.financialYear(financialYear), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getActionPlan", summary = "Read an action plan", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The action plan; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionPlanView.class),
                    examples = @ExampleObject(name = "domestic-abuse-2019-20", value = OpenApiExamples.ACTION_PLAN)))
    public Response get(@PathParam("id") UUID id) {
        ActionPlan actionPlan = ActionPlan.require(id);
        return Response.ok(ActionPlanView.of(actionPlan)).header(HttpHeaders.ETAG, Etags.of(actionPlan.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updateActionPlan", summary = "Change an action plan's high-level outcome",
            description = "Needs If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionPlanView.class),
                    examples = @ExampleObject(name = "domestic-abuse-2019-20", value = OpenApiExamples.ACTION_PLAN)))
    @APIResponse(responseCode = "409", description = "The plan is superseded (plan-superseded), or another request changed the action plan at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED_HISTORY),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UpdateActionPlan.class),
                    examples = @ExampleObject(name = "domestic-abuse-2019-20", value = OpenApiExamples.UPDATE_ACTION_PLAN_REQUEST)))
            @Valid @NotNull UpdateActionPlan request) {
        ActionPlan actionPlan = actionPlans.update(id, ifMatch, request.outcome());
        return Response.ok(ActionPlanView.of(actionPlan)).header(HttpHeaders.ETAG, Etags.of(actionPlan.version)).build();
    }

    @POST
    @Path("/{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createIndicator", summary = "Add an indicator to an action plan",
            description = "Unit, polarity, baseline, target and the periods it is reported for. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "one-stop-shop-visits", value = OpenApiExamples.INDICATOR)))
    @APIResponse(responseCode = "409", description = "The plan is superseded (plan-superseded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED_HISTORY)}))
    public Response createIndicator(@PathParam("id") UUID id, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateIndicator.class),
                    examples = @ExampleObject(name = "one-stop-shop-visits", value = OpenApiExamples.CREATE_INDICATOR_REQUEST)))
            @Valid @NotNull CreateIndicator request) {
        Indicator indicator = indicators.create(id, request);
        return Response.created(URI.create("/api/v1/indicators/" + indicator.id))
                .header(HttpHeaders.ETAG, Etags.of(indicator.version)).entity(indicators.view(indicator)).build();
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createAction", summary = "Add a measurable action to an action plan",
            description = "A lead group or agency, an owner, start and due dates (due before start is refused, naming dueDate)."
                    + " Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionView.class),
                    examples = @ExampleObject(name = "clares-law-awareness", value = OpenApiExamples.ACTION)))
    @APIResponse(responseCode = "409", description = "The plan is superseded (plan-superseded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED_HISTORY)}))
    public Response createAction(@PathParam("id") UUID id, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionRequest.class),
                    examples = @ExampleObject(name = "hair-and-beauty-awareness", value = OpenApiExamples.ACTION_REQUEST)))
            @Valid @NotNull ActionRequest request) {
        PlanAction action = actions.create(id, request);
        return Response.created(URI.create("/api/v1/actions/" + action.id)).header(HttpHeaders.ETAG, Etags.of(action.version))
                .entity(actions.view(action)).build();
    }
}
