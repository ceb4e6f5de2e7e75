package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One yearly duty of a sub-group, tracked to done. */
@Entity
@Table(name = "group_duty")
public class GroupDuty extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "group_id", nullable = false)
    public UUID groupId;
    @Column(name = "financial_year", nullable = false)
    public String financialYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DutyKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DutyStatus status;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String notes;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
