package org.csp.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import org.csp.plan.domain.DutyStatus;
import org.csp.plan.domain.GroupDuty;
import org.csp.plan.domain.GroupKind;
import org.csp.plan.domain.PartnershipGroup;
import org.csp.plan.rest.GroupDtos.CreateDuty;
import org.csp.plan.rest.GroupDtos.DutyView;
import org.csp.plan.rest.GroupDtos.GroupRequest;
import org.csp.plan.rest.GroupDtos.GroupView;
import org.csp.plan.rest.GroupDtos.UpdateDuty;
import org.csp.plan.service.GroupService;
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

@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnership structure", description = "The partnership, its executive, unit, sub-groups, working groups and linked boards")
public class GroupResource {

    @Inject
    GroupService groups;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createGroup", summary = "Add a body to the partnership structure",
            description = "Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GroupView.class),
                    examples = @ExampleObject(name = "domestic-abuse-forum", value = OpenApiExamples.GROUP)))
    @APIResponse(responseCode = "409", description = "The code is taken (group-code-taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "group-code-taken", value = OpenApiExamples.GROUP_CODE_TAKEN)}))
    public Response create(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupRequest.class),
                    examples = @ExampleObject(name = "domestic-abuse-forum", value = OpenApiExamples.GROUP_REQUEST)))
            @Valid @NotNull GroupRequest request) {
        PartnershipGroup group = groups.create(request);
        return Response.created(URI.create("/api/v1/groups/" + group.id)).header(HttpHeaders.ETAG, Etags.of(group.version))
                .entity(groups.view(group)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listGroups", summary = "List the partnership's bodies",
            description = "Filter by kind or member agency; ordered by name. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of groups",
            content = @Content(schema = @Schema(implementation = Pages.GroupPage.class),
                    examples = @ExampleObject(name = "sub-groups", value = OpenApiExamples.GROUP_PAGE)))
    public Page<GroupView> list(@QueryParam("kind") GroupKind kind,
            @QueryParam("agency") @Size(max = 100) String agency, @Valid @BeanParam PageRequest paging) {
        return groups.list(kind, QueryFilters.text("agency", agency), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getGroup", summary = "Read a body, its member agencies and the priorities it leads or supports",
            description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The group; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GroupView.class),
                    examples = @ExampleObject(name = "domestic-abuse-forum", value = OpenApiExamples.GROUP)))
    public Response get(@PathParam("id") UUID id) {
        PartnershipGroup group = PartnershipGroup.require(id);
        return Response.ok(groups.view(group)).header(HttpHeaders.ETAG, Etags.of(group.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updateGroup", summary = "Replace a body's details", description = "Needs If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GroupView.class),
                    examples = @ExampleObject(name = "domestic-abuse-forum", value = OpenApiExamples.GROUP)))
    @APIResponse(responseCode = "409", description = "The code is taken (group-code-taken), or another request changed the group at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "group-code-taken", value = OpenApiExamples.GROUP_CODE_TAKEN),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupRequest.class),
                    examples = @ExampleObject(name = "domestic-abuse-forum", value = OpenApiExamples.GROUP_REQUEST)))
            @Valid @NotNull GroupRequest request) {
        PartnershipGroup group = groups.update(id, ifMatch, request);
        return Response.ok(groups.view(group)).header(HttpHeaders.ETAG, Etags.of(group.version)).build();
    }

    @POST
    @Path("/{id}/duties")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createGroupDuty", summary = "Track a sub-group's yearly duty",
            description = "Annual action plan, resources, funding applications or equalities analysis. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DutyView.class),
                    examples = @ExampleObject(name = "equalities-analysis", value = OpenApiExamples.DUTY)))
    @APIResponse(responseCode = "409", description = "Already tracked for that year (duty-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "duty-exists", value = OpenApiExamples.DUTY_EXISTS)}))
    @APIResponse(responseCode = "422", description = "Duties are tracked for sub-groups and working groups only (duties-are-for-sub-groups)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "duties-are-for-sub-groups", value = OpenApiExamples.DUTIES_ARE_FOR_SUB_GROUPS)}))
    public Response createDuty(@PathParam("id") UUID id, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateDuty.class),
                    examples = @ExampleObject(name = "equalities-analysis-2019-20", value = OpenApiExamples.CREATE_DUTY_REQUEST)))
            @Valid @NotNull CreateDuty request) {
        GroupDuty duty = groups.createDuty(id, request);
        return Response.created(URI.create("/api/v1/groups/" + id + "/duties/" + duty.id))
                .header(HttpHeaders.ETAG, Etags.of(duty.version)).entity(DutyView.of(duty)).build();
    }

    @GET
    @Path("/{id}/duties")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listGroupDuties", summary = "A group's yearly duties and where they stand", description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of duties",
            content = @Content(schema = @Schema(implementation = Pages.GroupDutyPage.class),
                    examples = @ExampleObject(name = "duties", value = OpenApiExamples.DUTY_PAGE)))
    public Page<DutyView> duties(@PathParam("id") UUID id,
            @QueryParam("financialYear") @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20") String financialYear,
            @QueryParam("status") DutyStatus status, @Valid @BeanParam PageRequest paging) {
        return groups.duties(id, QueryFilters.financialYear(financialYear), status, paging);
    }

    @GET
    @Path("/{id}/duties/{dutyId}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getGroupDuty", summary = "Read one of a group's yearly duties",
            description = "Where createGroupDuty's Location points; the ETag is what updateGroupDuty needs. Roles: every role.")
    @APIResponse(responseCode = "200", description = "The duty",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DutyView.class),
                    examples = @ExampleObject(name = "equalities-analysis", value = OpenApiExamples.DUTY)))
    public Response getDuty(@PathParam("id") UUID id, @PathParam("dutyId") UUID dutyId) {
        GroupDuty duty = groups.duty(id, dutyId);
        return Response.ok(DutyView.of(duty)).header(HttpHeaders.ETAG, Etags.of(duty.version)).build();
    }

    @PUT
    @Path("/{id}/duties/{dutyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "updateGroupDuty", summary = "Record progress on a duty", description = "Needs If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DutyView.class),
                    examples = @ExampleObject(name = "equalities-analysis", value = OpenApiExamples.DUTY)))
    @APIResponse(responseCode = "409", description = "Another request changed the duty at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    public Response updateDuty(@PathParam("id") UUID id, @PathParam("dutyId") UUID dutyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UpdateDuty.class),
                    examples = @ExampleObject(name = "done", value = OpenApiExamples.UPDATE_DUTY_REQUEST)))
            @Valid @NotNull UpdateDuty request) {
        GroupDuty duty = groups.updateDuty(id, dutyId, ifMatch, request);
        return Response.ok(DutyView.of(duty)).header(HttpHeaders.ETAG, Etags.of(duty.version)).build();
    }
}
