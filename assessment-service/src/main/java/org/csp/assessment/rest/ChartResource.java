package org.csp.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.csp.assessment.service.ChartService;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/areas/{areaCode}/categories/{categoryCode}/chart")
@Tag(name = "Trends")
public class ChartResource {

    static final String SVG = "image/svg+xml";

    @Inject
    ChartService charts;

    @GET
    @Produces(SVG)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getTrendChart", summary = "A category's monthly counts as an SVG line chart",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office. Unavailable or "
                    + "missing months are drawn as gaps, never as zero. At most 240 months.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "chart",
                    value = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"360\">…</svg>")))
    @APIResponse(responseCode = "404", description = "Unknown area or category, or no figures in the months asked for", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "unknown category", value = OpenApiExamples.UNKNOWN_CATEGORY),
                    @ExampleObject(name = "no data", value = OpenApiExamples.NO_DATA)}))
    public String chart(@PathParam("areaCode") String areaCode, @PathParam("categoryCode") String categoryCode,
            @QueryParam("from") @Size(max = 7) @Parameter(description = "First month", required = true, example = "2017-04") String from,
            @QueryParam("to") @Size(max = 7) @Parameter(description = "Last month", required = true, example = "2019-03") String to,
            @QueryParam("sourceCode") @Size(max = 60) @Parameter(description = "The source (needed when the area has several)") String sourceCode) {
        return charts.chart(areaCode, categoryCode, sourceCode, from, to);
    }
}
