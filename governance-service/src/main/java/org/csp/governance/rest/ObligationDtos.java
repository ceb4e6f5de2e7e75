package org.csp.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.csp.governance.domain.AgendaItem;
import org.csp.governance.domain.KnownSubject;
import org.csp.governance.domain.Obligation;
import org.csp.governance.domain.ObligationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response shapes for the obligations calendar and the subjects learnt from events. */
public final class ObligationDtos {
    private ObligationDtos() {
    }

    @Schema(name = "Obligation", requiredProperties = {"id", "code", "description", "dueDate", "sourceType", "sourceId", "bodyId", "meetingId", "agendaItemId", "status", "overdue", "completedAt", "version"}, description = "A statutory or funding duty, the meeting it is drafted for, and whether it is overdue")
    public record ObligationView(UUID id, String code, String description, LocalDate dueDate, String sourceType,
            UUID sourceId, @Schema(nullable = true) UUID bodyId, @Schema(nullable = true) UUID meetingId,
            @Schema(nullable = true) UUID agendaItemId, ObligationStatus status, boolean overdue,
            @Schema(nullable = true) Instant completedAt, long version) {
        public static ObligationView of(Obligation o, LocalDate today) {
            AgendaItem item = o.agendaItemId == null ? null : AgendaItem.findById(o.agendaItemId);
            return new ObligationView(o.id, o.code, o.description, o.dueDate, o.sourceType, o.sourceId, o.bodyId,
                    item == null ? null : item.meetingId, o.agendaItemId, o.status, o.isOverdueOn(today), o.completedAt, o.version);
        }
    }

    @Schema(name = "KnownSubject", requiredProperties = {"type", "id", "title", "status", "updatedAt"}, description = "An assessment, plan or grant award a decision can refer to, as learnt from events")
    public record KnownSubjectView(String type, UUID id, @Schema(nullable = true) String title, @Schema(nullable = true) String status,
            Instant updatedAt) {
        public static KnownSubjectView of(KnownSubject s) {
            return new KnownSubjectView(s.subjectType, s.subjectId, s.title, s.status, s.updatedAt);
        }
    }
}
