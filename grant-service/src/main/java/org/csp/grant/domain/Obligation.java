package org.csp.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A dated duty that comes with an award: the proposal report to the PCC, the progress report to committee… */
@Embeddable
public class Obligation {
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String description;
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    public static Obligation of(String code, String description, LocalDate dueDate) {
        Obligation o = new Obligation();
        o.code = code;
        o.description = description;
        o.dueDate = dueDate;
        return o;
    }
}
