package org.csp.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.BodyKind;
import org.csp.governance.rest.BodyDtos.AddMembership;
import org.csp.governance.rest.BodyDtos.BodyView;
import org.csp.governance.rest.BodyDtos.CreateBody;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bodies and members", description = "Committees, the Council, their roles and memberships")
public class BodyResource {

    @Inject
    BodyService bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createBody", summary = "Create a committee or council",
            description = "A decision-making body, and the role it may act in (\"the Crime and Disorder Committee\"). Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = BodyView.class),
            examples = @ExampleObject(name = "committee", value = OpenApiExamples.BODY)))
    @APIResponse(responseCode = "409", description = "A body with that name exists", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "body-exists", value = OpenApiExamples.GENERIC_409)))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateBody.class),
                    examples = @ExampleObject(name = "committee", value = OpenApiExamples.CREATE_BODY_REQUEST))) @Valid @NotNull CreateBody request) {
        Body body = bodies.createBody(request);
        return Response.created(URI.create("/api/v1/bodies/" + body.id)).header(HttpHeaders.ETAG, Etags.of(body.version))
                .entity(BodyView.of(body)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listBodies", summary = "List bodies",
            description = "Filter by kind or by name (contains). Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of bodies", content = @Content(schema = @Schema(implementation = Pages.BodyPage.class),
            examples = @ExampleObject(name = "page", value = OpenApiExamples.BODY_PAGE)))
    public Page<BodyView> list(@QueryParam("kind") BodyKind kind, @QueryParam("name") @Size(max = 200) String name,
            @Valid @BeanParam PageRequest paging) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (kind != null) {
            q.append(" and kind = :kind");
            p.put("kind", kind);
        }
        if (name != null && !name.isBlank()) {
            q.append(" and lower(name) like :name");
            p.put("name", "%" + name.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        q.append(" order by name, id");
        return Page.of(Body.find(q.toString(), p), paging, BodyView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getBody", summary = "Read a body and its memberships", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The body", content = @Content(schema = @Schema(implementation = BodyView.class),
            examples = @ExampleObject(name = "committee", value = OpenApiExamples.BODY)))
    public Response get(@PathParam("id") UUID id) {
        Body body = Body.require(id);
        return Response.ok(BodyView.of(body)).header(HttpHeaders.ETAG, Etags.of(body.version)).build();
    }

    @POST
    @Path("/{id}/memberships")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "addMembership", summary = "Add a councillor to a body as chair, vice-chair or member",
            description = "One seat per councillor at a time, one chair and one vice-chair at a time. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "The body with its memberships", content = @Content(schema = @Schema(implementation = BodyView.class),
            examples = @ExampleObject(name = "committee", value = OpenApiExamples.BODY)))
    @APIResponse(responseCode = "409", description = "Overlapping membership, or the role is taken", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown councillor, or the term ends before it starts", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response addMembership(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddMembership.class),
                    examples = @ExampleObject(name = "chair", value = OpenApiExamples.ADD_MEMBERSHIP_REQUEST))) @Valid @NotNull AddMembership request) {
        Body body = bodies.addMembership(id, request);
        return Response.ok(BodyView.of(body)).header(HttpHeaders.ETAG, Etags.of(body.version)).build();
    }
}
