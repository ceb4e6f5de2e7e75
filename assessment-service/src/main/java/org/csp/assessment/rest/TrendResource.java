package org.csp.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.rest.TrendDtos.TrendReportView;
import org.csp.assessment.service.TrendService;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/areas/{areaCode}/trends")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trends", description = "Period-on-period change per category, with base counts, rates, shares and recording notes")
public class TrendResource {

    @Inject
    TrendService trends;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getTrends", summary = "Trends of every category between two periods",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office. Periods: "
                    + ReportingPeriod.FORMAT + ". Each figure carries its base counts, rate per 1,000 people, share of all crime "
                    + "(the source's all-crime total when given, else the sum of additive categories), rank by percentage change, "
                    + "a small-numbers flag and any recording-practice note that took effect between the periods. "
                    + "A figure with an unavailable or missing month is marked unavailable, never counted as zero.")
    @APIResponse(responseCode = "200", description = "The trends", content = @Content(schema = @Schema(implementation = TrendReportView.class),
            examples = @ExampleObject(name = "FY2017-18 to FY2018-19", value = OpenApiExamples.TRENDS)))
    @APIResponse(responseCode = "404", description = "Unknown area or category, or no figures for a period", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "no data", value = OpenApiExamples.NO_DATA),
                    @ExampleObject(name = "unknown category", value = OpenApiExamples.UNKNOWN_CATEGORY)}))
    public TrendReportView get(@PathParam("areaCode") String areaCode,
            @QueryParam("previous") @Size(max = 20) @Parameter(description = "The earlier period", required = true, example = "FY2017-18") String previous,
            @QueryParam("current") @Size(max = 20) @Parameter(description = "The later period", required = true, example = "FY2018-19") String current,
            @QueryParam("sourceCode") @Size(max = 60) @Parameter(description = "The source (needed when the area has several)", example = "kent-police") String sourceCode,
            @QueryParam("categoryCode") @Size(max = 60) @Parameter(description = "Only this category", example = "sexual-offences") String categoryCode) {
        return TrendReportView.of(trends.trends(areaCode, sourceCode, previous, current, categoryCode));
    }
}
