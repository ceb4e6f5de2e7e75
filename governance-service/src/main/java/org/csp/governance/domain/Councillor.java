package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** An elected member of the council, with the term they serve. */
@Entity
@Table(name = "councillor")
public class Councillor extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    public String ward;
    /** The subject of the councillor's bearer token, when they sign in themselves. */
    @Column(name = "token_subject")
    public String tokenSubject;
    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;
    @Column(name = "term_end")
    public LocalDate termEnd;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    /** A current councillor on that day: their term has started and not ended. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(termStart) && (termEnd == null || !day.isAfter(termEnd));
    }

    public static void checkTerm(LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw ApiException.rule("term-ends-before-start", "a term cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public static Councillor require(UUID id) {
        Councillor c = findById(id);
        if (c == null) {
            throw ApiException.notFound("councillor", id);
        }
        return c;
    }
}
