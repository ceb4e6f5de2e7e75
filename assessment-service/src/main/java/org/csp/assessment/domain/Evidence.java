package org.csp.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** A link from a recommended priority to the trend or finding that supports it, with a one-line summary. */
@Embeddable
public class Evidence {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceKind kind;
    @Column(name = "ref_id", nullable = false)
    public UUID refId;
    @Column(nullable = false)
    public String summary;

    public static Evidence of(EvidenceKind kind, UUID refId, String summary) {
        Evidence e = new Evidence();
        e.kind = kind;
        e.refId = refId;
        e.summary = summary.length() > 500 ? summary.substring(0, 499) + "…" : summary;
        return e;
    }
}
