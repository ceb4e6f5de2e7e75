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

/** A committee, sub-committee or the full Council, and the role it may act in. */
@Entity
@Table(name = "body")
public class Body extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BodyKind kind;
    /** For example "the Crime and Disorder Committee". */
    @Column(name = "acting_as")
    public String actingAs;
    /** Whether this body scrutinises the partnership (receives the yearly scrutiny and grant reports). */
    @Column(name = "crime_and_disorder_committee", nullable = false)
    public boolean crimeAndDisorderCommittee;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "body", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("startsOn, id")
    public List<Membership> memberships = new ArrayList<>();

    /** Whether the councillor is a member of this body on that day. */
    public boolean hasMemberOn(UUID councillorId, LocalDate day) {
        return memberships.stream().anyMatch(m -> m.councillorId.equals(councillorId) && m.coversDay(day));
    }

    /** 422 for a request that names, as a reference, a body that does not exist (reading a missing body is a 404). */
    public static ApiException unknown(UUID id) {
        return ApiException.rule("unknown-body", "body " + id + " does not exist");
    }

    public static Body require(UUID id) {
        Body body = findById(id);
        if (body == null) {
            throw ApiException.notFound("body", id);
        }
        return body;
    }
}
