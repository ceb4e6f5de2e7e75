package org.csp.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.csp.assessment.domain.Area;
import org.csp.assessment.rest.AreaDtos.AreaPage;
import org.csp.assessment.rest.AreaDtos.AreaView;
import org.csp.assessment.rest.AreaDtos.CreateArea;
import org.csp.assessment.rest.AreaDtos.SetPopulation;
import org.csp.assessment.service.AreaService;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Areas and their population by year, for rates per 1,000 people")
public class AreaResource {

    @Inject
    AreaService areas;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateArea.class),
            examples = @ExampleObject(name = "maidstone", value = OpenApiExamples.CREATE_AREA)))
    @Operation(operationId = "createArea", summary = "Create an area with its populations",
            description = "Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AreaView.class),
            examples = @ExampleObject(name = "maidstone", value = OpenApiExamples.AREA)))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "exists", value = OpenApiExamples.CONFLICT_EXISTS)))
    public Response create(@Valid @NotNull CreateArea request) {
        Area area = areas.create(request);
        return Response.created(URI.create("/api/v1/areas/" + area.code)).header(HttpHeaders.ETAG, Etags.of(area.version))
                .entity(AreaView.of(area)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listAreas", summary = "List areas by code",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "A page of areas", content = @Content(schema = @Schema(implementation = AreaPage.class),
            examples = @ExampleObject(name = "areas", value = OpenApiExamples.AREA_PAGE)))
    public Page<AreaView> list(@Valid @BeanParam PageRequest page) {
        return Page.of(Area.<Area>find("order by code"), page, AreaView::of);
    }

    @GET
    @Path("/{areaCode}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getArea", summary = "Read an area and its populations",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The area; ETag is its version", content = @Content(
            schema = @Schema(implementation = AreaView.class), examples = @ExampleObject(name = "maidstone", value = OpenApiExamples.AREA)))
    public Response get(@PathParam("areaCode") String areaCode) {
        Area area = Area.require(areaCode);
        return Response.ok(AreaView.of(area)).header(HttpHeaders.ETAG, Etags.of(area.version)).build();
    }

    @PUT
    @Path("/{areaCode}/populations/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SetPopulation.class),
            examples = @ExampleObject(name = "population", value = OpenApiExamples.SET_POPULATION)))
    @Operation(operationId = "setAreaPopulation", summary = "Set an area's population for a year",
            description = "Roles: partnership-officer, administrator. Needs If-Match with the area's ETag.")
    @APIResponse(responseCode = "200", description = "The area with the population set", content = @Content(
            schema = @Schema(implementation = AreaView.class), examples = @ExampleObject(name = "maidstone", value = OpenApiExamples.AREA)))
    public Response setPopulation(@PathParam("areaCode") String areaCode, @PathParam("year") int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SetPopulation request) {
        Area area = areas.setPopulation(areaCode, year, request.population(), ifMatch);
        return Response.ok(AreaView.of(area)).header(HttpHeaders.ETAG, Etags.of(area.version)).build();
    }
}
