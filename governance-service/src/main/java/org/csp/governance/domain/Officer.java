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

/** An officer or other attendee who is not a councillor (council staff, police, partners). */
@Entity
@Table(name = "officer")
public class Officer extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(name = "job_title", nullable = false)
    public String jobTitle;
    @Column(nullable = false)
    public String organisation;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Officer require(UUID id) {
        Officer o = findById(id);
        if (o == null) {
            throw ApiException.notFound("officer", id);
        }
        return o;
    }
}
