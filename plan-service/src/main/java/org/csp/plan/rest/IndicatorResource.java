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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.csp.plan.domain.Indicator;
import org.csp.plan.domain.RagStatus;
import org.csp.plan.rest.ActionDtos.IndicatorView;
import org.csp.plan.rest.ActionDtos.RecordValue;
import org.csp.plan.service.IndicatorService;
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

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Indicators of action plans, their values per period, RAG status and direction of travel")
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listIndicators", summary = "List indicators with their RAG status",
            description = "Filter by action plan and RAG status. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = @Content(schema = @Schema(implementation = Pages.IndicatorPage.class),
                    examples = @ExampleObject(name = "indicators", value = OpenApiExamples.INDICATOR_PAGE)))
    public Page<IndicatorView> list(@QueryParam("actionPlanId") UUID actionPlanId, @QueryParam("rag") RagStatus rag,
            @Valid @BeanParam PageRequest paging) {
        return indicators.list(actionPlanId, rag, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getIndicator", summary = "Read an indicator, its values, RAG status and direction of travel",
            description = "Roles: every role.")
    @APIResponse(responseCode = "200", description = "The indicator; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "one-stop-shop-visits", value = OpenApiExamples.INDICATOR)))
    public Response get(@PathParam("id") UUID id) {
        Indicator indicator = Indicator.require(id);
        return Response.ok(indicators.view(indicator)).header(HttpHeaders.ETAG, Etags.of(indicator.version)).build();
    }

    @PUT
    @Path("/{id}/values/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordIndicatorValue", summary = "Record (or correct) the value for one of the indicator's periods",
            description = "A period the indicator is not reported for is refused (422 unknown-indicator-period), and so is"
                    + " a value for a superseded plan's indicator (409 plan-superseded). Needs If-Match"
                    + " (the indicator's ETag). Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Recorded; the indicator with its new RAG and direction",
            headers = @Header(name = HttpHeaders.ETAG, description = OpenApiExamples.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "one-stop-shop-visits", value = OpenApiExamples.INDICATOR)))
    @APIResponse(responseCode = "409", description = "The plan is superseded (plan-superseded), or another request recorded a value of the indicator at the same moment (concurrent-modification)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "plan-superseded", value = OpenApiExamples.PLAN_SUPERSEDED_HISTORY),
                    @ExampleObject(name = "concurrent-modification", value = OpenApiExamples.CONCURRENT_MODIFICATION)}))
    @APIResponse(responseCode = "422", description = "The period is not one of the indicator's periods (unknown-indicator-period, with knownPeriods)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown-indicator-period", value = OpenApiExamples.UNKNOWN_INDICATOR_PERIOD)}))
    public Response recordValue(@PathParam("id") UUID id, @PathParam("period") @Size(max = 30) String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RecordValue.class),
                    examples = @ExampleObject(name = "quarter-2", value = OpenApiExamples.RECORD_VALUE_REQUEST)))
            @Valid @NotNull RecordValue request) {
        Indicator indicator = indicators.recordValue(id, period, ifMatch, request);
        return Response.ok(indicators.view(indicator)).header(HttpHeaders.ETAG, Etags.of(indicator.version)).build();
    }
}
