package org.csp.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.csp.plan.domain.ActionPlan;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.rest.ActionDtos.ActionPlanView;
import org.csp.plan.rest.ActionDtos.CreateActionPlan;
import org.csp.plan.rest.PlanDtos.ThemeRequest;
import org.csp.plan.rest.PlanDtos.ThemeView;
import org.csp.plan.service.ActionPlanService;
import org.csp.plan.service.ThemeService;
import org.csp.platform.http.Etags;
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

@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Priority themes", description = "A plan's priority themes and their yearly action plans")
public class ThemeResource {

    @Inject
    ThemeService themes;
    @Inject
    ActionPlanService actionPlans;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getTheme", summary = "Read a priority theme", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The theme; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ThemeView.class),
                    examples = @ExampleObject(name = "domestic-abuse", value = OpenApiExamples.THEME)))
    public Response get(@PathParam("id") UUID id) {
        PriorityTheme theme = PriorityTheme.require(id);
        return Response.ok(ThemeView.of(theme)).header(HttpHeaders.ETAG, Etags.of(theme.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updateTheme", summary = "Replace a priority theme",
            description = "Needs If-Match. Only in a DRAFT plan, or an ADOPTED plan with a refresh open (409"
                    + " adopted-plan-needs-refresh otherwise). Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ThemeView.class),
                    examples = @ExampleObject(name = "domestic-abuse", value = OpenApiExamples.THEME)))
    @APIResponse(responseCode = "409", description = "The plan's priorities cannot change in its status (adopted-plan-needs-refresh, plan-awaiting-adoption, plan-superseded), or another request changed the theme at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "adopted-plan-needs-refresh", value = OpenApiExamples.ADOPTED_PLAN_NEEDS_REFRESH),
                    @ExampleObject(name = "plan-awaiting-adoption", value = OpenApiExamples.PLAN_AWAITING_ADOPTION),
                    @ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    @APIResponse(responseCode = "422", description = "A theme of an adopted plan needs a lead group (theme-without-lead-group)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "theme-without-lead-group", value = OpenApiExamples.THEME_WITHOUT_LEAD_GROUP)}))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ThemeRequest.class),
                    examples = @ExampleObject(name = "domestic-abuse", value = OpenApiExamples.THEME_REQUEST)))
            @Valid @NotNull ThemeRequest request) {
        PriorityTheme theme = themes.update(id, ifMatch, request);
        return Response.ok(ThemeView.of(theme)).header(HttpHeaders.ETAG, Etags.of(theme.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "deleteTheme", summary = "Remove a priority theme",
            description = "Needs If-Match; not when it has action plans. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The plan's priorities cannot change in its status (adopted-plan-needs-refresh, plan-awaiting-adoption, plan-superseded), the theme has action plans (theme-has-action-plans), or another request changed it at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "adopted-plan-needs-refresh", value = OpenApiExamples.ADOPTED_PLAN_NEEDS_REFRESH),
                    @ExampleObject(name = "plan-awaiting-adoption", value = OpenApiExamples.PLAN_AWAITING_ADOPTION),
                    @ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED),
                    @ExampleObject(name = "theme-has-action-plans", value = OpenApiExamples.THEME_HAS_ACTION_PLANS),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        themes.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/action-plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createActionPlan", summary = "Start a theme's action plan for a financial year",
            description = "The year must fall within the plan's period. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionPlanView.class),
                    examples = @ExampleObject(name = "domestic-abuse-2019-20", value = OpenApiExamples.ACTION_PLAN)))
    @APIResponse(responseCode = "409", description = "The theme already has an action plan for that year (action-plan-exists), or the plan is superseded (plan-superseded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "action-plan-exists", value = OpenApiExamples.ACTION_PLAN_EXISTS),
                    @ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED_HISTORY)}))
    @APIResponse(responseCode = "422", description = "The year is outside the plan's period (year-outside-plan-period)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "year-outside-plan-period", value = OpenApiExamples.YEAR_OUTSIDE_PLAN_PERIOD)}))
    public Response createActionPlan(@PathParam("id") UUID id, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateActionPlan.class),
                    examples = @ExampleObject(name = "domestic-abuse-2019-20", value = OpenApiExamples.CREATE_ACTION_PLAN_REQUEST)))
            @Valid @NotNull CreateActionPlan request) {
        ActionPlan actionPlan = actionPlans.create(id, request);
        return Response.created(URI.create("/api/v1/action-plans/" + actionPlan.id))
                .header(HttpHeaders.ETAG, Etags.of(actionPlan.version)).entity(ActionPlanView.of(actionPlan)).build();
    }
}
