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

/** A member's disclosure of an interest in an item: they take no part in its vote. */
@Entity
@Table(name = "declared_interest")
public class DeclaredInterest extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    public AgendaItem item;
    @Column(name = "councillor_id", nullable = false)
    public UUID councillorId;
    @Column(nullable = false)
    public String nature;
}
