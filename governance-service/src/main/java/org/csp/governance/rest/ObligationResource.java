package org.csp.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.csp.governance.domain.KnownSubject;
import org.csp.governance.domain.Obligation;
import org.csp.governance.domain.ObligationStatus;
import org.csp.governance.domain.SubjectTypes;
import org.csp.governance.rest.ObligationDtos.KnownSubjectView;
import org.csp.governance.rest.ObligationDtos.ObligationView;
import org.csp.governance.service.ObligationService;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations", description = "Statutory and funding duties fed by the other services' events, and what decisions can refer to")
public class ObligationResource {

    @Inject
    ObligationService obligations;
    @Inject
    Clock clock;

    @GET
    @Path("/obligations")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listObligations", summary = "The obligations calendar",
            description = "Duties in due-date order: the yearly crime and disorder scrutiny, Council's adoption of a recommended plan, each grant award's "
                    + "returns and reports. overdue=true lists those past due and not met. Roles: partnership-officer, administrator, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "A page of obligations", content = @Content(schema = @Schema(implementation = Pages.ObligationPage.class)))
    public Page<ObligationView> list(@QueryParam("status") ObligationStatus status,
            @Parameter(description = "Only those past due and not met") @QueryParam("overdue") Boolean overdue,
            @QueryParam("sourceId") UUID sourceId,
            @Parameter(description = "Due on or after", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Due on or before", example = "2019-12-31") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest paging) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        if (Boolean.TRUE.equals(overdue)) {
            q.append(" and status <> :done and dueDate < :today");
            p.put("done", ObligationStatus.DONE);
            p.put("today", today);
        }
        if (sourceId != null) {
            q.append(" and sourceId = :source");
            p.put("source", sourceId);
        }
        if (from != null) {
            q.append(" and dueDate >= :from");
            p.put("from", from);
        }
        if (to != null) {
            q.append(" and dueDate <= :to");
            p.put("to", to);
        }
        q.append(" order by dueDate, code, id");
        return Page.of(Obligation.find(q.toString(), p), paging, (Obligation o) -> ObligationView.of(o, today));
    }

    @POST
    @Path("/obligations/{id}/completion")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "completeObligation", summary = "Record that an obligation was met",
            description = "For duties met outside a meeting (the return to the PCC). Send the obligation's ETag in If-Match. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "Met", content = @Content(schema = @Schema(implementation = ObligationView.class),
            examples = @ExampleObject(name = "pcc-return", value = OpenApiExamples.OBLIGATION)))
    @APIResponse(responseCode = "409", description = "Already met", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch) {
        Obligation o = obligations.complete(id, ifMatch);
        return Response.ok(ObligationView.of(o, LocalDate.now(clock))).header(HttpHeaders.ETAG, Etags.of(o.version)).build();
    }

    @GET
    @Path("/obligations/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getObligation", summary = "Read an obligation", description = "Roles: partnership-officer, administrator, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The obligation", content = @Content(schema = @Schema(implementation = ObligationView.class),
            examples = @ExampleObject(name = "pcc-return", value = OpenApiExamples.OBLIGATION)))
    public Response get(@PathParam("id") UUID id) {
        Obligation o = Obligation.require(id);
        return Response.ok(ObligationView.of(o, LocalDate.now(clock))).header(HttpHeaders.ETAG, Etags.of(o.version)).build();
    }

    @GET
    @Path("/subjects")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listSubjects", summary = "What decisions can refer to",
            description = "Assessments, plans and grant awards learnt from the other services' events, with their titles and last known status. Roles: every role.")
    @APIResponse(responseCode = "200", description = "A page of subjects", content = @Content(schema = @Schema(implementation = Pages.KnownSubjectPage.class),
            examples = @ExampleObject(name = "assessment", value = "{\"items\":[" + OpenApiExamples.SUBJECT + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
    public Page<KnownSubjectView> subjects(
            @Parameter(example = "strategic-assessment") @QueryParam("type") @Pattern(regexp = SubjectTypes.PATTERN) String type,
            @Valid @BeanParam PageRequest paging) {
        if (type != null) {
            return Page.of(KnownSubject.find("subjectType = ?1 order by title, subjectId", type), paging, KnownSubjectView::of);
        }
        return Page.of(KnownSubject.find("order by subjectType, title, subjectId"), paging, KnownSubjectView::of);
    }
}
