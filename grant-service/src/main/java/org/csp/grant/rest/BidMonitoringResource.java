package org.csp.grant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.csp.grant.domain.ProgressReport;
import org.csp.grant.rest.BidDtos.PaymentPage;
import org.csp.grant.rest.BidDtos.PaymentRequest;
import org.csp.grant.rest.BidDtos.PaymentView;
import org.csp.grant.rest.BidDtos.ProgressInput;
import org.csp.grant.rest.BidDtos.ProgressReportPage;
import org.csp.grant.rest.BidDtos.ProgressView;
import org.csp.grant.service.MonitoringService;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bids/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments and monitoring", description = "Payments against approved bids, spend to date and progress reports")
public class BidMonitoringResource {

    @Inject
    MonitoringService monitoring;

    @POST
    @Path("/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentRequest.class), examples = @ExampleObject(name = "payment", value = OpenApiExamples.PAYMENT_REQUEST)))
    @Operation(operationId = "recordPayment", summary = "Record a payment against an approved bid",
            description = "Never more than the unpaid allocation, however many payments arrive at once; dated (paidOn) "
                    + "from the bid's approvedOn (the day the panel approved it) to today. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "201", description = "Recorded; the answer carries what remains unpaid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class),
                    examples = @ExampleObject(name = "payment", value = OpenApiExamples.PAYMENT)))
    @APIResponse(responseCode = "409", description = "The bid is not APPROVED or IN_DELIVERY",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-not-payable", value = OpenApiExamples.NOT_PAYABLE)))
    @APIResponse(responseCode = "422", description = "The payment would exceed the allocation (the figures are in the problem), "
            + "or paidOn is after today or before the bid's approvedOn (the problem names the field and the dates)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "payment-exceeds-allocation", value = OpenApiExamples.PAYMENT_EXCEEDS),
                    @ExampleObject(name = "payment-dated-in-future", value = OpenApiExamples.PAYMENT_DATED_IN_FUTURE),
                    @ExampleObject(name = "payment-before-approval", value = OpenApiExamples.PAYMENT_BEFORE_APPROVAL)}))
    public Response pay(@PathParam("id") UUID id, @Valid @NotNull PaymentRequest request) {
        MonitoringService.PaymentResult result = monitoring.pay(id, request);
        return Response.created(URI.create("/api/v1/bids/" + id + "/payments/" + result.payment().id))
                .entity(PaymentView.of(result.payment(), result.unpaidPence())).build();
    }

    @GET
    @Path("/payments")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listPayments", summary = "Payments made against a bid",
            description = "Oldest first; their sum is the spend to date." + BidResource.ROLES_EVERYONE)
    @APIResponse(responseCode = "200", description = "One page of the payments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentPage.class),
                    examples = @ExampleObject(name = "payments", value = OpenApiExamples.PAYMENTS)))
    public Page<PaymentView> payments(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return Page.of(monitoring.payments(id), paging, p -> PaymentView.of(p, null));
    }

    @GET
    @Path("/payments/{paymentId}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getPayment", summary = "Read one payment of a bid",
            description = "Where recordPayment's Location points." + BidResource.ROLES_EVERYONE)
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class),
                    examples = @ExampleObject(name = "payment", value = OpenApiExamples.PAYMENT_READ)))
    public PaymentView payment(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return PaymentView.of(monitoring.payment(id, paymentId), null);
    }

    @POST
    @Path("/progress-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgressInput.class), examples = @ExampleObject(name = "progress", value = OpenApiExamples.PROGRESS_INPUT)))
    @Operation(operationId = "addProgressReport", summary = "Report progress on a funded bid",
            description = "On an APPROVED, IN_DELIVERY or COMPLETED bid." + BidResource.ROLES_EDITORS)
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class),
                    examples = @ExampleObject(name = "progress", value = OpenApiExamples.PROGRESS)))
    @APIResponse(responseCode = "409", description = "The bid is not funded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bid-not-funded", value = OpenApiExamples.NOT_FUNDED)))
    public Response report(@PathParam("id") UUID id, @Valid @NotNull ProgressInput request) {
        ProgressReport report = monitoring.report(id, request);
        return Response.created(URI.create("/api/v1/bids/" + id + "/progress-reports/" + report.id))
                .entity(ProgressView.of(report)).build();
    }

    @GET
    @Path("/progress-reports")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listProgressReports", summary = "Progress reports on a bid",
            description = "Oldest first." + BidResource.ROLES_EVERYONE)
    @APIResponse(responseCode = "200", description = "One page of the progress reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReportPage.class),
                    examples = @ExampleObject(name = "progress", value = "{\"items\":[" + OpenApiExamples.PROGRESS
                            + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
    public Page<ProgressView> reports(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return Page.of(monitoring.reports(id), paging, ProgressView::of);
    }

    @GET
    @Path("/progress-reports/{reportId}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getBidProgressReport", summary = "Read one progress report on a bid",
            description = "Where addProgressReport's Location points." + BidResource.ROLES_EVERYONE)
    @APIResponse(responseCode = "200", description = "The progress report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class),
                    examples = @ExampleObject(name = "progress", value = OpenApiExamples.PROGRESS)))
    public ProgressView progressReport(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return ProgressView.of(monitoring.progressReport(id, reportId));
    }
}
