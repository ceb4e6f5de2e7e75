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
import java.util.List;
import java.util.UUID;
import org.csp.assessment.domain.AssessmentStatus;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.domain.StrategicAssessment;
import org.csp.assessment.rest.AssessmentDtos.AcceptCandidate;
import org.csp.assessment.rest.AssessmentDtos.AssessmentPage;
import org.csp.assessment.rest.AssessmentDtos.AssessmentView;
import org.csp.assessment.rest.AssessmentDtos.CandidateView;
import org.csp.assessment.rest.AssessmentDtos.CreateAssessment;
import org.csp.assessment.rest.AssessmentDtos.UpdateAssessment;
import org.csp.assessment.service.AssessmentService;
import org.csp.assessment.service.CandidateService;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.CurrentActor;
import org.csp.platform.security.Roles;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategic Assessments", description = "The yearly Strategic Assessment: DRAFT → PUBLISHED → ENDORSED")
public class AssessmentResource {

    static final String EVERYONE = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office "
            + "(DRAFT assessments are visible to officers and administrators only; others get 404).";

    @Inject
    AssessmentService assessments;
    @Inject
    CandidateService candidates;
    @Inject
    CurrentActor currentActor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateAssessment.class),
            examples = @ExampleObject(name = "draft", value = OpenApiExamples.CREATE_ASSESSMENT)))
    @Operation(operationId = "createAssessment", summary = "Create a DRAFT Strategic Assessment",
            description = "Roles: partnership-officer, administrator. One per area and financial year. Evidence of kind TREND is "
                    + "recomputed from the stored figures and linked by the trend's id; FINDING evidence must be a finding of the same area.")
    @APIResponse(responseCode = "201", description = "Created; ETag is its version", content = @Content(
            schema = @Schema(implementation = AssessmentView.class), examples = @ExampleObject(name = "draft", value = OpenApiExamples.ASSESSMENT)))
    @APIResponse(responseCode = "409", description = "The area already has an assessment for that year", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "exists", value = OpenApiExamples.ASSESSMENT_EXISTS)))
    @APIResponse(responseCode = "404", description = "The area does not exist", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown area", value = OpenApiExamples.UNKNOWN_AREA)))
    public Response create(@Valid @NotNull CreateAssessment request) {
        StrategicAssessment created = assessments.create(request);
        return Response.created(URI.create("/api/v1/assessments/" + created.id))
                .header(HttpHeaders.ETAG, Etags.of(created.version)).entity(AssessmentView.of(created)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listAssessments", summary = "List assessments by area and year", description = EVERYONE)
    @APIResponse(responseCode = "200", description = "A page of assessments", content = @Content(
            schema = @Schema(implementation = AssessmentPage.class), examples = @ExampleObject(name = "assessments", value = OpenApiExamples.ASSESSMENT_PAGE)))
    public Page<AssessmentView> list(
            @QueryParam("areaCode") @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Parameter(example = "maidstone") String areaCode,
            @QueryParam("financialYear") @Size(max = 7) @Parameter(example = "2019-20") String financialYear,
            @QueryParam("status") AssessmentStatus status,
            @Valid @BeanParam PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!currentActor.get().actsForWholePartnership()) {
            query.append(" and status <> :draft");
            params.and("draft", AssessmentStatus.DRAFT);
        }
        if (areaCode != null) {
            query.append(" and areaCode = :area");
            params.and("area", areaCode);
        }
        if (financialYear != null && !financialYear.isBlank()) {
            ReportingPeriod.financialYear(financialYear, "financialYear");
            query.append(" and financialYear = :year");
            params.and("year", financialYear);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        query.append(" order by areaCode, financialYear desc, id");
        return Page.of(StrategicAssessment.<StrategicAssessment>find(query.toString(), params), page, AssessmentView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getAssessment", summary = "Read a Strategic Assessment", description = EVERYONE)
    @APIResponse(responseCode = "200", description = "The assessment; ETag is its version", content = @Content(
            schema = @Schema(implementation = AssessmentView.class), examples = @ExampleObject(name = "draft", value = OpenApiExamples.ASSESSMENT)))
    public Response get(@PathParam("id") UUID id) {
        StrategicAssessment assessment = assessments.get(id);
        return Response.ok(AssessmentView.of(assessment, assessments.prioritiesOf(assessment)))
                .header(HttpHeaders.ETAG, Etags.of(assessment.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateAssessment.class),
            examples = @ExampleObject(name = "replace", value = OpenApiExamples.UPDATE_ASSESSMENT)))
    @Operation(operationId = "updateAssessment", summary = "Replace a DRAFT assessment's title, priorities and pending data",
            description = "Roles: partnership-officer, administrator. Needs If-Match. A published assessment cannot be edited (409). "
                    + "The priorities are replaced by those sent, in that order. A priority sent back with its id (read from GET) "
                    + "keeps that id; one without is new. When no priority sent has an id, each keeps the id of the assessment's "
                    + "priority with the same title. An id not of this assessment, or sent twice, is a 400 naming it. An ACCEPTED "
                    + "candidate stays ACCEPTED, linked to the priority it was accepted into while that one is kept and still cites "
                    + "its trend as TREND evidence, else to the first priority that does; when none does it is PROPOSED again "
                    + "(priorityId null), to be accepted or dropped anew. A TREND the assessment already cites, or one of its "
                    + "candidates', may be sent back by trendId (the evidence id read from GET) instead of its category and periods.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag", content = @Content(
            schema = @Schema(implementation = AssessmentView.class), examples = @ExampleObject(name = "draft", value = OpenApiExamples.ASSESSMENT)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "published", value = OpenApiExamples.NOT_DRAFT)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateAssessment request) {
        StrategicAssessment updated = assessments.update(id, ifMatch, request);
        return Response.ok(AssessmentView.of(updated)).header(HttpHeaders.ETAG, Etags.of(updated.version)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "publishAssessment", summary = "Publish a DRAFT assessment and its recommended priorities",
            description = "Roles: partnership-officer, administrator. Needs If-Match. Emits assessment-published v1 through the outbox.")
    @APIResponse(responseCode = "200", description = "Published; new ETag", content = @Content(
            schema = @Schema(implementation = AssessmentView.class), examples = @ExampleObject(name = "published", value = OpenApiExamples.ASSESSMENT)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "published", value = OpenApiExamples.NOT_DRAFT)))
    @APIResponse(responseCode = "422", description = "No recommended priorities", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "empty", value = OpenApiExamples.NO_PRIORITIES)))
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        StrategicAssessment published = assessments.publish(id, ifMatch);
        return Response.ok(AssessmentView.of(published)).header(HttpHeaders.ETAG, Etags.of(published.version)).build();
    }

    @POST
    @Path("/{id}/candidates")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "proposeCandidates", summary = "Propose candidate priorities from the largest significant rises",
            description = "Roles: partnership-officer, administrator. Compares the two periods for the assessment's area; a rise "
                    + "qualifies when it is not small numbers nor unavailable and meets csp.assessment.candidates.* thresholds. "
                    + "Proposing again adds only new candidates. Answers every candidate of the assessment.")
    @APIResponse(responseCode = "200", description = "The assessment's candidates", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = CandidateView.class),
            examples = @ExampleObject(name = "candidates", value = OpenApiExamples.CANDIDATES)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "published", value = OpenApiExamples.NOT_DRAFT)))
    @APIResponse(responseCode = "404", description = "No such assessment, or no figures to compare: none for the area, none from "
            + "the source named, or none in a period", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "no assessment", value = OpenApiExamples.NOT_FOUND),
                    @ExampleObject(name = "no figures for the area", value = OpenApiExamples.NO_DATA_FOR_AREA),
                    @ExampleObject(name = "no figures from the source", value = OpenApiExamples.NO_DATA_FOR_SOURCE),
                    @ExampleObject(name = "no figures in a period", value = OpenApiExamples.NO_DATA)}))
    public List<CandidateView> propose(@PathParam("id") UUID id,
            @QueryParam("previous") @Size(max = 20) @Parameter(required = true, example = "FY2017-18") String previous,
            @QueryParam("current") @Size(max = 20) @Parameter(required = true, example = "FY2018-19") String current,
            @QueryParam("sourceCode") @Size(max = 60) @Parameter(example = "kent-police") String sourceCode) {
        return candidates.propose(id, previous, current, sourceCode).stream().map(CandidateView::of).toList();
    }

    @GET
    @Path("/{id}/candidates")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "listCandidates", summary = "List an assessment's candidate priorities, largest rise first",
            description = "Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "The candidates", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = CandidateView.class),
            examples = @ExampleObject(name = "candidates", value = OpenApiExamples.CANDIDATES)))
    public List<CandidateView> listCandidates(@PathParam("id") UUID id) {
        return candidates.list(id).stream().map(CandidateView::of).toList();
    }

    @POST
    @Path("/{id}/candidates/{candidateId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptCandidate.class),
            examples = @ExampleObject(name = "edited", value = OpenApiExamples.ACCEPT_CANDIDATE)))
    @Operation(operationId = "acceptCandidate", summary = "Accept a candidate as a recommended priority, optionally edited",
            description = "Roles: partnership-officer, administrator. Needs If-Match with the assessment's ETag. The priority "
                    + "links the trend as evidence; title and rationale default to the candidate's.")
    @APIResponse(responseCode = "200", description = "The assessment with the new priority; new ETag", content = @Content(
            schema = @Schema(implementation = AssessmentView.class), examples = @ExampleObject(name = "draft", value = OpenApiExamples.ASSESSMENT)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT, or the candidate was already decided", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "published", value = OpenApiExamples.NOT_DRAFT),
                    @ExampleObject(name = "decided", value = OpenApiExamples.CANDIDATE_DECIDED)}))
    public Response accept(@PathParam("id") UUID id, @PathParam("candidateId") UUID candidateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AcceptCandidate edits) {
        StrategicAssessment assessment = candidates.accept(id, candidateId, ifMatch, edits);
        return Response.ok(AssessmentView.of(assessment)).header(HttpHeaders.ETAG, Etags.of(assessment.version)).build();
    }

    @POST
    @Path("/{id}/candidates/{candidateId}/drop")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "dropCandidate", summary = "Drop a candidate priority",
            description = "Roles: partnership-officer, administrator. Needs If-Match with the assessment's ETag, as accepting does: "
                    + "a drop is a change of the assessment and gives it a new version, so a decision taken on a stale view of "
                    + "the assessment, accept or drop, is refused (412).")
    @APIResponse(responseCode = "200", description = "The dropped candidate; ETag is the assessment's new version", content = @Content(
            schema = @Schema(implementation = CandidateView.class), examples = @ExampleObject(name = "dropped", value = OpenApiExamples.DROPPED)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT, or the candidate was already decided", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "published", value = OpenApiExamples.NOT_DRAFT),
                    @ExampleObject(name = "decided", value = OpenApiExamples.CANDIDATE_DECIDED)}))
    public Response drop(@PathParam("id") UUID id, @PathParam("candidateId") UUID candidateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CandidateService.Dropped dropped = candidates.drop(id, candidateId, ifMatch);
        return Response.ok(CandidateView.of(dropped.candidate())).header(HttpHeaders.ETAG, Etags.of(dropped.assessment().version)).build();
    }
}
