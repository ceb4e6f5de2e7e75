package org.csp.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.PlanStatus;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.rest.PlanDtos.CreatePlan;
import org.csp.plan.rest.PlanDtos.OpenRefresh;
import org.csp.plan.rest.PlanDtos.PlanView;
import org.csp.plan.rest.PlanDtos.ThemeRequest;
import org.csp.plan.rest.PlanDtos.ThemeView;
import org.csp.plan.rest.PlanDtos.UpdatePlan;
import org.csp.plan.service.PlanDocumentService;
import org.csp.plan.service.PlanService;
import org.csp.plan.service.ThemeService;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Community Safety Plans", description = "Plans, their lifecycle (moved only by governance decisions) and their priority themes")
public class PlanResource {

    @Inject
    PlanService plans;
    @Inject
    ThemeService themes;
    @Inject
    PlanDocumentService documents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createPlan", summary = "Enter a DRAFT Community Safety Plan",
            description = "An area has one adopted plan at a time: a plan whose period overlaps an ADOPTED plan of the area"
                    + " must name that plan in replacesPlanId (422 overlaps-adopted-plan otherwise)."
                    + " Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan-2019-22", value = OpenApiExamples.PLAN)))
    @APIResponse(responseCode = "422", description = "The plan it replaces is not an earlier plan of the same area (replaced-plan-not-earlier), or its period overlaps an ADOPTED plan of the area it does not replace (overlaps-adopted-plan)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "replaced-plan-not-earlier", value = OpenApiExamples.REPLACED_PLAN_NOT_EARLIER),
                    @ExampleObject(name = "overlaps-adopted-plan", value = OpenApiExamples.OVERLAPS_ADOPTED_PLAN)}))
    public Response create(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreatePlan.class),
                    examples = @ExampleObject(name = "plan-2019-22", value = OpenApiExamples.CREATE_PLAN_REQUEST)))
            @Valid @NotNull CreatePlan request) {
        CommunitySafetyPlan plan = plans.create(request);
        return Response.created(URI.create("/api/v1/plans/" + plan.id)).header(HttpHeaders.ETAG, Etags.of(plan.version))
                .entity(PlanView.of(plan)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listPlans", summary = "List plans",
            description = "Filter by status, area or whether a refresh is open; ordered by area, then newest period first. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of plans",
            content = @Content(schema = @Schema(implementation = Pages.PlanPage.class),
                    examples = @ExampleObject(name = "plans", value = OpenApiExamples.PLAN_PAGE)))
    public Page<PlanView> list(@QueryParam("status") PlanStatus status, @QueryParam("areaCode") @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) String areaCode,
            @QueryParam("refreshRequired") Boolean refreshRequired, @Valid @BeanParam PageRequest paging) {
        return plans.list(status, QueryFilters.text("areaCode", areaCode), refreshRequired, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getPlan", summary = "Read a plan", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The plan; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanView.class), examples = {
                    @ExampleObject(name = "adopted", value = OpenApiExamples.PLAN),
                    @ExampleObject(name = "flagged-for-refresh", value = OpenApiExamples.PLAN_REFRESH)}))
    public Response get(@PathParam("id") UUID id) {
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(id);
        return Response.ok(PlanView.of(plan)).header(HttpHeaders.ETAG, Etags.of(plan.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updatePlan", summary = "Edit a plan's details",
            description = "Needs If-Match. Only a DRAFT plan, or an ADOPTED plan with a refresh open, can be edited. The status"
                    + " cannot be changed here: RECOMMENDED and ADOPTED follow governance decisions (409"
                    + " status-change-needs-decision). Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan-2019-22", value = OpenApiExamples.PLAN)))
    @APIResponse(responseCode = "409", description = "A status change was asked for (status-change-needs-decision); the plan is not editable in its status (adopted-plan-needs-refresh, plan-awaiting-adoption, plan-superseded); or another request changed it at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "status-change-needs-decision", value = OpenApiExamples.STATUS_CHANGE_NEEDS_DECISION),
                    @ExampleObject(name = "adopted-plan-needs-refresh", value = OpenApiExamples.ADOPTED_PLAN_NEEDS_REFRESH),
                    @ExampleObject(name = "plan-awaiting-adoption", value = OpenApiExamples.PLAN_AWAITING_ADOPTION),
                    @ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    @APIResponse(responseCode = "422", description = "The plan it replaces is not an earlier plan of the same area (replaced-plan-not-earlier), its period overlaps an ADOPTED plan of the area it does not replace (overlaps-adopted-plan), or no longer covers the years of its action plans (action-plans-outside-period)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "replaced-plan-not-earlier", value = OpenApiExamples.REPLACED_PLAN_NOT_EARLIER),
                    @ExampleObject(name = "overlaps-adopted-plan", value = OpenApiExamples.OVERLAPS_ADOPTED_PLAN),
                    @ExampleObject(name = "action-plans-outside-period", value = OpenApiExamples.ACTION_PLANS_OUTSIDE_PERIOD)}))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UpdatePlan.class),
                    examples = @ExampleObject(name = "plan-2019-22", value = OpenApiExamples.UPDATE_PLAN_REQUEST)))
            @Valid @NotNull UpdatePlan request) {
        CommunitySafetyPlan plan = plans.update(id, ifMatch, request);
        return Response.ok(PlanView.of(plan)).header(HttpHeaders.ETAG, Etags.of(plan.version)).build();
    }

    @POST
    @Path("/{id}/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "openPlanRefresh", summary = "Open a refresh of an adopted plan",
            description = "While a refresh is open the adopted plan's priority themes may change (each change publishes"
                    + " priorities-changed). A later assessment recommending a priority the plan lacks opens one by itself."
                    + " Needs If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Refresh open",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "flagged-for-refresh", value = OpenApiExamples.PLAN_REFRESH)))
    @APIResponse(responseCode = "409", description = "The plan is not ADOPTED (plan-not-adopted), or another request changed it at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "plan-not-adopted", value = OpenApiExamples.PLAN_NOT_ADOPTED),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    public Response openRefresh(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OpenRefresh.class),
                    examples = @ExampleObject(name = "new-emerging-priority", value = OpenApiExamples.OPEN_REFRESH_REQUEST)))
            @Valid @NotNull OpenRefresh request) {
        CommunitySafetyPlan plan = plans.openRefresh(id, ifMatch, request.reason());
        return Response.ok(PlanView.of(plan)).header(HttpHeaders.ETAG, Etags.of(plan.version)).build();
    }

    @DELETE
    @Path("/{id}/refresh")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "closePlanRefresh", summary = "Close the refresh of an adopted plan",
            description = "Every theme must have a lead group. Publishes the refreshed priorities. Needs If-Match."
                    + " Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Refresh closed",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "adopted", value = OpenApiExamples.PLAN)))
    @APIResponse(responseCode = "409", description = "No refresh is open (no-refresh-open), or another request changed the plan at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "no-refresh-open", value = OpenApiExamples.NO_REFRESH_OPEN),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    @APIResponse(responseCode = "422", description = "A theme has no lead group (theme-without-lead-group, with themesWithoutLead)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "theme-without-lead-group", value = OpenApiExamples.THEMES_WITHOUT_LEAD_GROUP)}))
    public Response closeRefresh(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CommunitySafetyPlan plan = plans.closeRefresh(id, ifMatch);
        return Response.ok(PlanView.of(plan)).header(HttpHeaders.ETAG, Etags.of(plan.version)).build();
    }

    @GET
    @Path("/{id}/document")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getPlanDocument", summary = "The plan as a readable (X)HTML document",
            description = "In the published plan's order: foreword, priorities and cross-cutting themes, then per theme why it"
                    + " is important, the objective, the focus and the first year's actions, then the partnership structure."
                    + " Roles: every role.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class),
                    examples = @ExampleObject(name = "plan-2019-22", value = OpenApiExamples.DOCUMENT)))
    public String document(@PathParam("id") UUID id) {
        return documents.render(id);
    }

    @POST
    @Path("/{id}/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createTheme", summary = "Add a priority theme to a plan",
            description = "Only to a DRAFT plan, or an ADOPTED plan with a refresh open (then a lead group is required)."
                    + " Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ThemeView.class),
                    examples = @ExampleObject(name = "domestic-abuse", value = OpenApiExamples.THEME)))
    @APIResponse(responseCode = "409", description = "The plan's priorities cannot change in its status (adopted-plan-needs-refresh, plan-awaiting-adoption, plan-superseded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "adopted-plan-needs-refresh", value = OpenApiExamples.ADOPTED_PLAN_NEEDS_REFRESH),
                    @ExampleObject(name = "plan-awaiting-adoption", value = OpenApiExamples.PLAN_AWAITING_ADOPTION),
                    @ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED)}))
    @APIResponse(responseCode = "422", description = "A theme of an adopted plan needs a lead group (theme-without-lead-group)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "theme-without-lead-group", value = OpenApiExamples.THEME_WITHOUT_LEAD_GROUP)}))
    public Response createTheme(@PathParam("id") UUID id, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ThemeRequest.class),
                    examples = @ExampleObject(name = "domestic-abuse", value = OpenApiExamples.THEME_REQUEST)))
            @Valid @NotNull ThemeRequest request) {
        PriorityTheme theme = themes.create(id, request);
        return Response.created(URI.create("/api/v1/themes/" + theme.id)).header(HttpHeaders.ETAG, Etags.of(theme.version))
                .entity(ThemeView.of(theme)).build();
    }

    @GET
    @Path("/{id}/themes")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listThemes", summary = "A plan's priority themes in order",
            description = "Filter by lead group. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of themes",
            content = @Content(schema = @Schema(implementation = Pages.PriorityThemePage.class),
                    examples = @ExampleObject(name = "themes", value = OpenApiExamples.THEME_PAGE)))
    public Page<ThemeView> themes(@PathParam("id") UUID id, @QueryParam("leadGroupId") UUID leadGroupId,
            @Valid @BeanParam PageRequest paging) {
        return themes.list(id, leadGroupId, paging);
    }
}
