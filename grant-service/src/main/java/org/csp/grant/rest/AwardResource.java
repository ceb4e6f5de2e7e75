package org.csp.grant.rest;

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
import org.csp.grant.domain.GrantAward;
import org.csp.grant.rest.AwardDtos.AwardPage;
import org.csp.grant.rest.AwardDtos.AwardView;
import org.csp.grant.rest.AwardDtos.CreateAward;
import org.csp.grant.rest.AwardDtos.DrawRequest;
import org.csp.grant.rest.AwardDtos.DrawView;
import org.csp.grant.rest.AwardDtos.TacticalDrawPage;
import org.csp.grant.rest.AwardDtos.UpdateAward;
import org.csp.grant.service.AwardService;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/awards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards", description = "PCC grant awards, their obligations and the tactical pot")
public class AwardResource {

    @Inject
    AwardService awards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateAward.class), examples = @ExampleObject(name = "award-2019-20", value = OpenApiExamples.CREATE_AWARD)))
    @Operation(operationId = "createAward", summary = "Record a grant award",
            description = "Records a year's award with its tactical pot. The configured obligations (proposal report to the PCC "
                    + "by 31 March, progress report to committee in September) are added, dated in the award's financial year, "
                    + "plus any given. Publishes award-created. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Recorded; ETag header carries the version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardView.class),
                    examples = @ExampleObject(name = "award-2019-20", value = OpenApiExamples.AWARD)))
    @APIResponse(responseCode = "409", description = "The funder already has an award to this recipient for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "award-exists", value = OpenApiExamples.AWARD_EXISTS)))
    @APIResponse(responseCode = "422", description = "The tactical pot is larger than the award",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tactical-pot-exceeds-award", value = OpenApiExamples.POT_EXCEEDS_AWARD)))
    public Response create(@Valid @NotNull CreateAward request) {
        GrantAward award = awards.create(request);
        return Response.created(URI.create("/api/v1/awards/" + award.id)).header(HttpHeaders.ETAG, Etags.of(award.version))
                .entity(AwardView.of(award)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listAwards", summary = "List awards",
            description = "Awards, newest financial year first, optionally of one year and of one area. "
                    + "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "One page of awards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardPage.class),
                    examples = @ExampleObject(name = "awards-2019-20", value = OpenApiExamples.AWARD_PAGE)))
    public Page<AwardView> list(
            @QueryParam("year") @Pattern(regexp = "\\d{4}-\\d{2}", message = "must look like 2019-20")
            @Parameter(description = "Financial year: two consecutive years", example = "2019-20") String year,
            @QueryParam("areaCode") @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE)
            @Parameter(description = "The area whose partnership the awards fund",
                    example = "maidstone") String areaCode,
            @Valid @BeanParam PageRequest paging) {
        return Page.of(awards.list(year, areaCode), paging, AwardView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getAward", summary = "Read an award and its balances",
            description = "The award, what is allocated and still available for bids, and the tactical pot's balance. "
                    + "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The award; ETag header carries the version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardView.class),
                    examples = @ExampleObject(name = "award-2019-20", value = OpenApiExamples.AWARD)))
    public Response get(@PathParam("id") UUID id) {
        GrantAward award = awards.get(id);
        return Response.ok(AwardView.of(award)).header(HttpHeaders.ETAG, Etags.of(award.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateAward.class), examples = @ExampleObject(name = "award-2019-20", value = OpenApiExamples.UPDATE_AWARD)))
    @Operation(operationId = "updateAward", summary = "Change an award's amount, tactical pot or conditions",
            description = "Needs If-Match. The new figures must still cover what has been allocated and drawn. "
                    + "Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Updated; ETag header carries the new version",
            headers = @Header(name = "ETag", description = "The version in quotes; send it as If-Match to change the resource",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardView.class),
                    examples = @ExampleObject(name = "award-2019-20", value = OpenApiExamples.AWARD)))
    @APIResponse(responseCode = "422", description = "The new figures would not cover allocations or draws, or the pot would "
            + "be larger than the award; the figures are in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "award-below-allocations", value = OpenApiExamples.AWARD_BELOW_ALLOCATIONS),
                            @ExampleObject(name = "tactical-pot-below-draws", value = OpenApiExamples.POT_BELOW_DRAWS),
                            @ExampleObject(name = "tactical-pot-exceeds-award", value = OpenApiExamples.POT_EXCEEDS_AWARD)}))
    public Response update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = "If-Match", description = "The award's current ETag") String ifMatch,
            @Valid @NotNull UpdateAward request) {
        GrantAward award = awards.update(id, ifMatch, request);
        return Response.ok(AwardView.of(award)).header(HttpHeaders.ETAG, Etags.of(award.version)).build();
    }

    @POST
    @Path("/{id}/tactical-draws")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DrawRequest.class), examples = @ExampleObject(name = "draw", value = OpenApiExamples.DRAW_REQUEST)))
    @Operation(operationId = "drawFromTacticalPot", summary = "Draw from the tactical pot",
            description = "Takes money from the award's tactical pot for an initiative that arose during the year, with the "
                    + "reason and who approved it. Never overspends the pot, however many draws arrive at once. Publishes "
                    + "tactical-pot-drawn. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Drawn; the answer carries what remains in the pot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrawView.class),
                    examples = @ExampleObject(name = "draw", value = OpenApiExamples.DRAW)))
    @APIResponse(responseCode = "422", description = "The draw would overspend the pot; the figures are in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tactical-pot-exceeded", value = OpenApiExamples.POT_EXCEEDED)))
    public Response draw(@PathParam("id") UUID id, @Valid @NotNull DrawRequest request) {
        AwardService.DrawResult result = awards.draw(id, request);
        return Response.created(URI.create("/api/v1/awards/" + id + "/tactical-draws/" + result.draw().id))
                .entity(DrawView.of(result.draw(), result.remainingPence())).build();
    }

    @GET
    @Path("/{id}/tactical-draws")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listTacticalDraws", summary = "List draws from the tactical pot",
            description = "Draws of one award, oldest first. "
                    + "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "One page of draws",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TacticalDrawPage.class),
                    examples = @ExampleObject(name = "draws", value = OpenApiExamples.DRAW_PAGE)))
    public Page<DrawView> draws(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return Page.of(awards.draws(id), paging, d -> DrawView.of(d, null));
    }

    @GET
    @Path("/{id}/tactical-draws/{drawId}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getTacticalDraw", summary = "Read one draw from the tactical pot",
            description = "Where drawFromTacticalPot's Location points. "
                    + "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The draw",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrawView.class),
                    examples = @ExampleObject(name = "draw", value = OpenApiExamples.DRAW_READ)))
    public DrawView draw(@PathParam("id") UUID id, @PathParam("drawId") UUID drawId) {
        return DrawView.of(awards.getDraw(id, drawId), null);
    }
}
