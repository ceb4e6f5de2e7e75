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

/** A councillor's seat on a body, with a role and a term. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    public Body body;
    @Column(name = "councillor_id", nullable = false)
    public UUID councillorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;
    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        LocalDate myEnd = endsOn == null ? LocalDate.MAX : endsOn;
        LocalDate otherEnd = to == null ? LocalDate.MAX : to;
        return !from.isAfter(myEnd) && !startsOn.isAfter(otherEnd);
    }
}
