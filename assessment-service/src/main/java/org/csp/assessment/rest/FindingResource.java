package org.csp.assessment.rest;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.csp.assessment.domain.Finding;
import org.csp.assessment.domain.FindingKind;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.rest.FindingDtos.CreateFinding;
import org.csp.assessment.rest.FindingDtos.FindingPage;
import org.csp.assessment.rest.FindingDtos.FindingView;
import org.csp.assessment.service.FindingService;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings", description = "Residents' survey results and location findings, each with its source and date")
public class FindingResource {

    @Inject
    FindingService findings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateFinding.class),
            examples = @ExampleObject(name = "survey", value = OpenApiExamples.CREATE_FINDING)))
    @Operation(operationId = "createFinding", summary = "Record a survey result or location finding",
            description = "Roles: partnership-officer, administrator. A LOCATION finding needs a location; percentages are 0 to 100.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FindingView.class),
            examples = @ExampleObject(name = "survey", value = OpenApiExamples.FINDING)))
    @APIResponse(responseCode = "404", description = "The area does not exist", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown area", value = OpenApiExamples.UNKNOWN_AREA)))
    public Response create(@Valid @NotNull CreateFinding request) {
        Finding finding = findings.create(request);
        return Response.created(URI.create("/api/v1/findings/" + finding.id)).entity(FindingView.of(finding)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listFindings", summary = "List findings, newest first",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "A page of findings", content = @Content(
            schema = @Schema(implementation = FindingPage.class), examples = @ExampleObject(name = "findings", value = OpenApiExamples.FINDING_PAGE)))
    public Page<FindingView> list(
            @QueryParam("areaCode") @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Parameter(example = "maidstone") String areaCode,
            @QueryParam("kind") @Parameter(description = "SURVEY or LOCATION") FindingKind kind,
            @QueryParam("period") @Size(max = 20) @Parameter(description = "Only findings observed in this period: " + ReportingPeriod.FORMAT,
                    example = "FY2017-18") String period,
            @Valid @BeanParam PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (areaCode != null) {
            query.append(" and areaCode = :area");
            params.and("area", areaCode);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (period != null) {
            ReportingPeriod p = ReportingPeriod.parse(period, "period");
            query.append(" and observedOn between :from and :to");
            params.and("from", p.start().atDay(1)).and("to", (LocalDate) p.end().atEndOfMonth());
        }
        query.append(" order by observedOn desc, id");
        return Page.of(Finding.<Finding>find(query.toString(), params), page, FindingView::of);
    }

    @GET
    @Path("/{findingId}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getFinding", summary = "Read a finding",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The finding", content = @Content(
            schema = @Schema(implementation = FindingView.class), examples = @ExampleObject(name = "survey", value = OpenApiExamples.FINDING)))
    public FindingView get(@PathParam("findingId") UUID findingId) {
        return FindingView.of(findings.get(findingId));
    }
}
