package org.csp.plan.rest;

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
import java.util.UUID;
import org.csp.plan.domain.ActionStatus;
import org.csp.plan.domain.PlanAction;
import org.csp.plan.rest.ActionDtos.ActionRequest;
import org.csp.plan.rest.ActionDtos.ActionView;
import org.csp.plan.rest.ActionDtos.ProgressRequest;
import org.csp.plan.rest.ActionDtos.ProgressView;
import org.csp.plan.service.ActionService;
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

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "Measurable actions, their progress and funding; overdue and at-risk lists")
public class ActionResource {

    @Inject
    ActionService actions;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listActions", summary = "List actions; overdue and at-risk ones with overdue=true / atRisk=true",
            description = "Filter by plan, theme, action plan, lead group, lead agency, status, overdue (due before today and not"
                    + " completed or cancelled) and atRisk (AT_RISK, or not started after its start date); ordered by due date."
                    + " Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of actions",
            content = @Content(schema = @Schema(implementation = Pages.ActionPage.class),
                    examples = @ExampleObject(name = "actions", value = OpenApiExamples.ACTION_PAGE)))
    public Page<ActionView> list(@QueryParam("planId") UUID planId, @QueryParam("themeId") UUID themeId,
            @QueryParam("actionPlanId") UUID actionPlanId, @QueryParam("leadGroupId") UUID leadGroupId,
            @QueryParam("leadAgency") @Size(max = 100) String leadAgency, @QueryParam("status") ActionStatus status,
            @QueryParam("overdue") Boolean overdue, @QueryParam("atRisk") Boolean atRisk, @Valid @BeanParam PageRequest paging) {
        return actions.list(new ActionService.Filter(planId, themeId, actionPlanId, leadGroupId,
                QueryFilters.text("leadAgency", leadAgency), status, overdue,
                atRisk), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getAction", summary = "Read an action, its funding and whether it needs attention",
            description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The action; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionView.class),
                    examples = @ExampleObject(name = "clares-law-awareness", value = OpenApiExamples.ACTION)))
    public Response get(@PathParam("id") UUID id) {
        PlanAction action = PlanAction.require(id);
        return Response.ok(actions.view(action)).header(HttpHeaders.ETAG, Etags.of(action.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @Operation(operationId = "updateAction", summary = "Replace an action",
            description = "Needs If-Match. A partner agency may update only the actions its own agency leads (403"
                    + " not-your-agency otherwise) and cannot hand one to another agency. A status change publishes"
                    + " action-status-changed. Roles: partnership-officer, administrator, partner-agency (own actions).")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionView.class),
                    examples = @ExampleObject(name = "clares-law-awareness", value = OpenApiExamples.ACTION)))
    @APIResponse(responseCode = "409", description = "The plan is superseded (plan-superseded), or another request changed the action at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED_HISTORY),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    @APIResponse(responseCode = "403", description = "The role does not allow it (forbidden), or a partner agency asked to change another agency's action or hand its own to another agency (not-your-agency)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "forbidden", value = OpenApiExamples.FORBIDDEN),
                    @ExampleObject(name = "not-your-agency", value = OpenApiExamples.NOT_YOUR_AGENCY)}))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionRequest.class),
                    examples = @ExampleObject(name = "hair-and-beauty-awareness", value = OpenApiExamples.ACTION_REQUEST)))
            @Valid @NotNull ActionRequest request) {
        PlanAction action = actions.update(id, ifMatch, request);
        return Response.ok(actions.view(action)).header(HttpHeaders.ETAG, Etags.of(action.version)).build();
    }

    @POST
    @Path("/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @Operation(operationId = "recordActionProgress", summary = "Add a progress note, optionally changing the status",
            description = "Needs If-Match (the action's ETag). A partner agency may report only on its own actions. A"
                    + " superseded plan's actions are history (409 plan-superseded)."
                    + " Roles: partnership-officer, administrator, partner-agency (own actions).")
    @APIResponse(responseCode = "200", description = "Recorded; the action as it now stands",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionView.class),
                    examples = @ExampleObject(name = "clares-law-awareness", value = OpenApiExamples.ACTION)))
    @APIResponse(responseCode = "409", description = "The plan is superseded (plan-superseded), or another request changed the action at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED_HISTORY),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    @APIResponse(responseCode = "403", description = "The role does not allow it (forbidden), or a partner agency reported on another agency's action (not-your-agency)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "forbidden", value = OpenApiExamples.FORBIDDEN),
                    @ExampleObject(name = "not-your-agency", value = OpenApiExamples.NOT_YOUR_AGENCY)}))
    public Response progress(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProgressRequest.class),
                    examples = @ExampleObject(name = "sessions-delivered", value = OpenApiExamples.PROGRESS_REQUEST)))
            @Valid @NotNull ProgressRequest request) {
        PlanAction action = actions.recordProgress(id, ifMatch, request);
        return Response.ok(actions.view(action)).header(HttpHeaders.ETAG, Etags.of(action.version)).build();
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listActionProgress", summary = "An action's progress notes, newest first", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of progress notes",
            content = @Content(schema = @Schema(implementation = Pages.ActionProgressNotePage.class),
                    examples = @ExampleObject(name = "progress-notes", value = OpenApiExamples.PROGRESS_PAGE)))
    public Page<ProgressView> progressNotes(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return actions.progress(id, paging);
    }
}
