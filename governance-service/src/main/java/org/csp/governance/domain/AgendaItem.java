package org.csp.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csp.platform.problem.ApiException;

/** An item on a meeting's agenda and in its minutes, numbered across the body's municipal year. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;
    @Column(name = "body_id", nullable = false)
    public UUID bodyId;
    @Column(name = "municipal_year", nullable = false)
    public String municipalYear;
    @Column(name = "minute_number", nullable = false)
    public int minuteNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;
    @Column(nullable = false)
    public String title;
    public String notes;
    @Column(nullable = false)
    public boolean urgent;
    @Column(name = "drafted_from_obligation", nullable = false)
    public boolean draftedFromObligation;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public UUID subjectId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    public List<DeclaredInterest> interests = new ArrayList<>();

    /** The councillors who declared an interest in the item: they do not vote on it. */
    public Set<UUID> interestedCouncillors() {
        return interests.stream().map(i -> i.councillorId).collect(Collectors.toSet());
    }

    public static AgendaItem require(UUID meetingId, UUID id) {
        AgendaItem item = findById(id);
        if (item == null || !item.meetingId.equals(meetingId)) {
            throw ApiException.notFound("agenda item", id);
        }
        return item;
    }
}
