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
import java.util.UUID;
import org.csp.governance.domain.ReportPath;
import org.csp.governance.rest.TimetableDtos.CreateReportPath;
import org.csp.governance.rest.TimetableDtos.ReportPathView;
import org.csp.governance.service.TimetableService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/report-paths")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decision timetable", description = "A report's path across meetings to its final decision-maker")
public class ReportPathResource {

    @Inject
    TimetableService timetable;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createReportPath", summary = "Plan a report's path (Committee recommends → Council decides)",
            description = "Meetings in date order, none cancelled; only the last step decides and it is a meeting of the final decision-maker. "
                    + "Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = ReportPathView.class),
            examples = @ExampleObject(name = "community-safety-plan", value = OpenApiExamples.REPORT_PATH)))
    @APIResponse(responseCode = "422", description = "Out of order, cancelled or unknown meeting, or a last step that is not the final decision-maker's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateReportPath.class),
                    examples = @ExampleObject(name = "plan-to-council", value = OpenApiExamples.CREATE_REPORT_PATH_REQUEST))) @Valid @NotNull CreateReportPath request) {
        ReportPath p = timetable.create(request);
        return Response.created(URI.create("/api/v1/report-paths/" + p.id)).header(HttpHeaders.ETAG, Etags.of(p.version))
                .entity(timetable.view(p)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listReportPaths", summary = "List report paths", description = "Filter by subject id. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of report paths", content = @Content(schema = @Schema(implementation = Pages.ReportPathPage.class),
            examples = @ExampleObject(name = "page", value = OpenApiExamples.REPORT_PATH_PAGE)))
    public Page<ReportPathView> list(@QueryParam("subjectId") UUID subjectId, @Valid @BeanParam PageRequest paging) {
        if (subjectId != null) {
            return Page.of(ReportPath.find("subjectId = ?1 order by createdAt, id", subjectId), paging, timetable::view);
        }
        return Page.of(ReportPath.find("order by createdAt, id"), paging, timetable::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getReportPath", summary = "Read a report's path and where it has got to",
            description = "Each meeting with the decision taken there on the report's subject; DECIDED once the final decision is in effect. Roles: every role.")
    @APIResponse(responseCode = "200", description = "The path", content = @Content(schema = @Schema(implementation = ReportPathView.class),
            examples = @ExampleObject(name = "community-safety-plan", value = OpenApiExamples.REPORT_PATH)))
    public Response get(@PathParam("id") UUID id) {
        ReportPath p = ReportPath.require(id);
        return Response.ok(timetable.view(p)).header(HttpHeaders.ETAG, Etags.of(p.version)).build();
    }
}
