package org.csp.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of one resource, newest first. Every service serves it from its own schema. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, and when")
public class AuditResource {

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "listAuditEntries", summary = "Audit trail of a resource",
            description = "Every recorded write to one resource, newest first. Roles: partnership-officer, administrator.")
    public Page<AuditEntryView> list(
            @QueryParam("resourceType") @NotBlank @Size(max = 100) String resourceType,
            @QueryParam("resourceId") @NotBlank @Size(max = 100) String resourceId,
            @Valid @BeanParam PageRequest paging) {
        return Page.of(AuditEntry.find("resourceType = ?1 and resourceId = ?2 order by occurredAt desc, id",
                resourceType, resourceId), paging, this::view);
    }

    private AuditEntryView view(AuditEntry e) {
        JsonNode changes = null;
        if (e.changes != null) {
            try {
                changes = json.readTree(e.changes);
            } catch (Exception ignored) {
                changes = json.getNodeFactory().textNode(e.changes);
            }
        }
        return new AuditEntryView(e.id.toString(), e.occurredAt, e.actorSubject, e.actorAgency, e.action,
                e.resourceType, e.resourceId, changes);
    }

    @Schema(name = "AuditEntry", description = "One recorded write")
    public record AuditEntryView(
            @Schema(format = "uuid") String id,
            Instant occurredAt,
            @Schema(example = "officer.jane@maidstone.gov.uk") String actorSubject,
            @Schema(example = "kent-police") String actorAgency,
            @Schema(example = "bid.submitted") String action,
            @Schema(example = "bid") String resourceType,
            String resourceId,
            @Schema(description = "What changed, as JSON", implementation = Object.class) JsonNode changes) {
    }
}
