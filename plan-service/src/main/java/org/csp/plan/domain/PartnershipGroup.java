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
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

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

    /**
     * Rule: the structure is a tree. A group cannot report to itself, nor to a group that reports to it directly or
     * through others.
     */
    public void requireMayReportTo(UUID parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(id)) {
            throw ApiException.invalidField("parentId", "a group cannot report to itself");
        }
        PartnershipGroup parent = findById(parentId);
        if (parent == null) {
            throw ApiException.invalidField("parentId", "no group " + parentId);
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID above = parent.parentId; above != null && seen.add(above); ) {
            if (above.equals(id)) {
                throw ApiException.invalidField("parentId", "group " + parentId
                        + " reports to this group, directly or through others; a group cannot report to it");
            }
            PartnershipGroup next = findById(above);
            above = next == null ? null : next.parentId;
        }
    }

    public static PartnershipGroup require(UUID id) {
        PartnershipGroup group = id == null ? null : findById(id);
        if (group == null) {
            throw ApiException.notFound("group", id);
        }
        return group;
    }
}
