package org.csp.governance.rest;

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
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.governance.domain.Councillor;
import org.csp.governance.domain.Officer;
import org.csp.governance.rest.BodyDtos.CouncillorRequest;
import org.csp.governance.rest.BodyDtos.CouncillorView;
import org.csp.governance.rest.BodyDtos.CreateOfficer;
import org.csp.governance.rest.BodyDtos.OfficerView;
import org.csp.governance.service.BodyService;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bodies and members", description = "Committees, the Council, their roles and memberships")
public class PeopleResource {

    @Inject
    BodyService people;
    @Inject
    Clock clock;

    @POST
    @Path("/councillors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createCouncillor", summary = "Record a councillor and their term",
            description = "Only councillors whose term covers the day may attend, vote and sign referrals. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CouncillorView.class),
            examples = @ExampleObject(name = "councillor", value = OpenApiExamples.COUNCILLOR)))
    @APIResponse(responseCode = "409", description = "Another councillor has that token subject", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The term ends before it starts", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response createCouncillor(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouncillorRequest.class),
                    examples = @ExampleObject(name = "councillor", value = OpenApiExamples.COUNCILLOR_REQUEST))) @Valid @NotNull CouncillorRequest request) {
        Councillor c = people.createCouncillor(request);
        return Response.created(URI.create("/api/v1/councillors/" + c.id)).header(HttpHeaders.ETAG, Etags.of(c.version))
                .entity(CouncillorView.of(c)).build();
    }

    @GET
    @Path("/councillors")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listCouncillors", summary = "List councillors",
            description = "Filter by name (contains) and whether they are serving today. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of councillors", content = @Content(schema = @Schema(implementation = Pages.CouncillorPage.class),
            examples = @ExampleObject(name = "page", value = OpenApiExamples.COUNCILLOR_PAGE)))
    public Page<CouncillorView> listCouncillors(@QueryParam("name") @Size(max = 200) String name,
            @Parameter(description = "Only councillors serving today") @QueryParam("current") Boolean current,
            @Valid @BeanParam PageRequest paging) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (name != null && !name.isBlank()) {
            q.append(" and lower(name) like :name");
            p.put("name", "%" + name.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (Boolean.TRUE.equals(current)) {
            q.append(" and termStart <= :today and (termEnd is null or termEnd >= :today)");
            p.put("today", LocalDate.now(clock));
        }
        q.append(" order by name, id");
        return Page.of(Councillor.find(q.toString(), p), paging, CouncillorView::of);
    }

    @GET
    @Path("/councillors/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getCouncillor", summary = "Read a councillor", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The councillor", content = @Content(schema = @Schema(implementation = CouncillorView.class),
            examples = @ExampleObject(name = "councillor", value = OpenApiExamples.COUNCILLOR)))
    public Response getCouncillor(@PathParam("id") UUID id) {
        Councillor c = Councillor.require(id);
        return Response.ok(CouncillorView.of(c)).header(HttpHeaders.ETAG, Etags.of(c.version)).build();
    }

    @PUT
    @Path("/councillors/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updateCouncillor", summary = "Update a councillor (for example end their term)",
            description = "Send the current ETag in If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CouncillorView.class),
            examples = @ExampleObject(name = "councillor", value = OpenApiExamples.COUNCILLOR)))
    @APIResponse(responseCode = "409", description = "Another councillor has that token subject", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The term ends before it starts", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response updateCouncillor(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouncillorRequest.class),
                    examples = @ExampleObject(name = "councillor", value = OpenApiExamples.COUNCILLOR_REQUEST))) @Valid @NotNull CouncillorRequest request) {
        Councillor c = people.updateCouncillor(id, ifMatch, request);
        return Response.ok(CouncillorView.of(c)).header(HttpHeaders.ETAG, Etags.of(c.version)).build();
    }

    @POST
    @Path("/officers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createOfficer", summary = "Record an officer or other attendee",
            description = "Council officers, police and partners who attend meetings. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OfficerView.class),
            examples = @ExampleObject(name = "officer", value = OpenApiExamples.OFFICER)))
    public Response createOfficer(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateOfficer.class),
                    examples = @ExampleObject(name = "officer", value = OpenApiExamples.CREATE_OFFICER_REQUEST))) @Valid @NotNull CreateOfficer request) {
        Officer o = people.createOfficer(request);
        return Response.created(URI.create("/api/v1/officers/" + o.id)).entity(OfficerView.of(o)).build();
    }

    @GET
    @Path("/officers")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listOfficers", summary = "List officers and other attendees", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of officers", content = @Content(schema = @Schema(implementation = Pages.OfficerPage.class),
            examples = @ExampleObject(name = "page", value = OpenApiExamples.OFFICER_PAGE)))
    public Page<OfficerView> listOfficers(@QueryParam("organisation") @Size(max = 200) String organisation, @Valid @BeanParam PageRequest paging) {
        if (organisation != null && !organisation.isBlank()) {
            return Page.of(Officer.find("organisation = ?1 order by name, id", organisation), paging, OfficerView::of);
        }
        return Page.of(Officer.find("order by name, id"), paging, OfficerView::of);
    }

    @GET
    @Path("/officers/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getOfficer", summary = "Read an officer or other attendee",
            description = "Where createOfficer's Location points. Roles: every role.")
    @APIResponse(responseCode = "200", description = "The officer", content = @Content(schema = @Schema(implementation = OfficerView.class),
            examples = @ExampleObject(name = "officer", value = OpenApiExamples.OFFICER)))
    public OfficerView getOfficer(@PathParam("id") UUID id) {
        return OfficerView.of(Officer.require(id));
    }
}
