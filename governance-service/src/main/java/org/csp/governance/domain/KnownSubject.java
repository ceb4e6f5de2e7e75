package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

import java.io.Serializable;

/** What a decision can refer to, as learnt from the other services' events: an assessment, plan or award. */
@Entity
@Table(name = "known_subject")
@IdClass(KnownSubject.Key.class)
public class KnownSubject extends PanacheEntityBase {
    @Id
    @Column(name = "subject_type")
    public String subjectType;
    @Id
    @Column(name = "subject_id")
    public UUID subjectId;
    @Column(nullable = false)
    public String title;
    public String status;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String subjectType;
        public UUID subjectId;

        public Key() {
        }

        public Key(String subjectType, UUID subjectId) {
            this.subjectType = subjectType;
            this.subjectId = subjectId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(subjectType, k.subjectType)
                    && java.util.Objects.equals(subjectId, k.subjectId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(subjectType, subjectId);
        }
    }
}
