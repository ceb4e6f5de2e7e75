package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A body of the partnership: the partnership itself, its executive, the unit, a sub-group, a working group or a linked board. */
@Entity
@Table(name = "partnership_group")
public class PartnershipGroup extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GroupKind kind;
    @Column(name = "parent_id")
    public UUID parentId;
    public String description;
    public String chair;
    public String meets;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnership_group_agency", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "agency")
    public Set<String> memberAgencies = new TreeSet<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    public static PartnershipGroup require(UUID id) {
        PartnershipGroup group = id == null ? null : findById(id);
        if (group == null) {
            throw org.csp.platform.problem.ApiException.notFound("group", id);
        }
        return group;
    }
}
