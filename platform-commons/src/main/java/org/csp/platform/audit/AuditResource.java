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
import java.util.List;
import java.util.Map;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of one resource, newest first. Every service serves it from its own schema. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, and when")
public class AuditResource {

    static final String AUDIT_PAGE_EXAMPLE = """
            {"items": [{"id": "5b0c7a8e-2f3d-4e1a-9c6b-7d8e9f0a1b2c", "occurredAt": "2019-02-12T18:30:00Z",
              "actorSubject": "system@kent-police.test", "actorAgency": "kent-police", "action": "bid.submitted",
              "resourceType": "bid", "resourceId": "1b3d5f7a-9c2e-4d4f-8a6b-8c0d2e4f6a01",
              "changes": {"status": {"from": "DRAFT", "to": "SUBMITTED"}}}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";

    // A fixed query, so Hibernate compiles it once (Panache's count() derives a new count query per call).
    private static final String COUNT = "select count(*) from AuditEntry where resourceType = ?1 and resourceId = ?2";

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Operation(operationId = "listAuditEntries", summary = "Audit trail of a resource",
            description = "Every recorded write to one resource, newest first. Roles: partnership-officer, administrator.")
    @APIResponse(responseCode = "200", description = "One page of the resource's audit entries, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntryPage.class),
                    examples = @ExampleObject(name = "bid-submitted",
                    summary = "A bid submitted by a partner agency", value = AUDIT_PAGE_EXAMPLE)))
    public Page<AuditEntryView> list(
            @QueryParam("resourceType") @NotBlank @Size(max = 100) String resourceType,
            @QueryParam("resourceId") @NotBlank @Size(max = 100) String resourceId,
            @Valid @BeanParam PageRequest paging) {
        return Page.of(AuditEntry.find("resourceType = ?1 and resourceId = ?2 order by occurredAt desc, id",
                resourceType, resourceId), paging, this::view, () -> AuditEntry.getEntityManager()
                        .createQuery(COUNT, Long.class).setParameter(1, resourceType).setParameter(2, resourceId).getSingleResult());
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

    /** The documented shape of {@code Page<AuditEntryView>} (OpenAPI names one concrete page type per item type). */
    @Schema(name = "AuditEntryPage", description = "One page of audit entries")
    public record AuditEntryPage(
            @Schema(description = "The items on this page") List<AuditEntryView> items,
            @Schema(description = "Zero-based page number", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Items across all pages", example = "42") long totalItems,
            @Schema(description = "Number of pages", example = "3") int totalPages) {
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
            @Schema(description = "What changed, as JSON", type = SchemaType.OBJECT, implementation = Map.class,
                    additionalProperties = Schema.True.class) JsonNode changes) {
    }
}
