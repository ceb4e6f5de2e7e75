package org.csp.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.csp.assessment.domain.StrategicAssessment;
import org.csp.assessment.rest.AssessmentDtos.AssessmentView;
import org.csp.assessment.rest.AssessmentDtos.CreateAssessment;
import org.csp.assessment.service.AssessmentService;
import org.csp.platform.http.Etags;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategic Assessments")
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "createAssessment", summary = "Create a DRAFT Strategic Assessment")
    public Response create(@Valid @NotNull CreateAssessment request) {
        StrategicAssessment created = assessments.create(request);
        return Response.created(URI.create("/api/v1/assessments/" + created.id))
                .header(HttpHeaders.ETAG, Etags.of(created.version)).entity(AssessmentView.of(created)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getAssessment", summary = "Read a Strategic Assessment")
    public Response get(@PathParam("id") UUID id) {
        StrategicAssessment assessment = assessments.get(id);
        return Response.ok(AssessmentView.of(assessment)).header(HttpHeaders.ETAG, Etags.of(assessment.version)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "publishAssessment", summary = "Publish a DRAFT assessment and its recommended priorities")
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        StrategicAssessment published = assessments.publish(id, ifMatch);
        return Response.ok(AssessmentView.of(published)).header(HttpHeaders.ETAG, Etags.of(published.version)).build();
    }
}
