package org.csp.grant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.csp.grant.rest.ReportDtos.GivingPackage;
import org.csp.grant.rest.ReportDtos.PccReturn;
import org.csp.grant.rest.ReportDtos.ProgressSummary;
import org.csp.grant.service.ReportService;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/awards/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grant reports", description = "The PCC return, the September progress report and the 360Giving export")
public class ReportResource {

    static final String HOLDS_ALLOCATION = "Its projects are the bids that hold part of the award: APPROVED, IN_DELIVERY and "
            + "COMPLETED, and a bid WITHDRAWN after payments, with what was paid as its allocation, so the allocations add up "
            + "to the award's allocatedPence. ";

    @Inject
    ReportService reports;

    @GET
    @Path("/pcc-return")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getPccReturn", summary = "The return to the PCC on how the grant is to be spent",
            description = "The funded projects with their amounts and the plan and PCC priorities each delivers, and the "
                    + "tactical pot. " + HOLDS_ALLOCATION + "Roles: partnership-officer, administrator, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The return",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PccReturn.class),
                    examples = @ExampleObject(name = "pcc-return-2019-20", value = OpenApiExamples.PCC_RETURN)))
    public PccReturn pccReturn(@PathParam("id") UUID id) {
        return reports.pccReturn(id);
    }

    @GET
    @Path("/progress-report")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getProgressReport", summary = "The progress report to committee",
            description = "The projects commissioned, spend to date, underspend, the latest progress of each and the tactical "
                    + "pot. " + HOLDS_ALLOCATION + "Roles: partnership-officer, administrator, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The progress report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressSummary.class),
                    examples = @ExampleObject(name = "september-2019", value = OpenApiExamples.PROGRESS_SUMMARY)))
    public ProgressSummary progress(@PathParam("id") UUID id) {
        return reports.progress(id);
    }

    @GET
    @Path("/360giving")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "export360Giving", summary = "Awarded bids in the 360Giving Data Standard",
            description = "A 360Giving JSON package of the award's approved, in-delivery and completed bids, and of bids "
                    + "withdrawn after payments with what was paid as amountAwarded (open data; amounts in pounds). Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The 360Giving package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GivingPackage.class),
                    examples = @ExampleObject(name = "360giving", value = OpenApiExamples.GIVING)))
    public GivingPackage threeSixtyGiving(@PathParam("id") UUID id) {
        return reports.threeSixtyGiving(id);
    }
}
