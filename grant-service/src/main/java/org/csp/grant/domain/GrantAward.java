package org.csp.grant.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/**
 * A year's grant from a funder to the council: the amount, the part ring-fenced as the tactical pot, and
 * the running balances. Allocations to bids come out of the amount outside the pot; draws come out of the
 * pot. Every change of a balance happens with the award row locked, so the rules hold under concurrency.
 */
@Entity
@Table(name = "grant_award")
public class GrantAward extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String funder;
    @Column(nullable = false)
    public String recipient;
    /** The area whose partnership the grant funds; null only for awards made before awards had an area. */
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "financial_year", nullable = false)
    public String financialYear;
    @Column(name = "amount_pence", nullable = false)
    public long amountPence;
    @Column(name = "tactical_pot_pence", nullable = false)
    public long tacticalPotPence;
    @Column(name = "allocated_pence", nullable = false)
    public long allocatedPence;
    @Column(name = "drawn_pence", nullable = false)
    public long drawnPence;
    public String conditions;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Version
    public long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_obligation", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    public List<Obligation> obligations = new ArrayList<>();

    /** What is left to allocate to bids: the award less the tactical pot less what is already allocated. */
    public long availableForAllocationPence() {
        return amountPence - tacticalPotPence - allocatedPence;
    }

    public long tacticalPotRemainingPence() {
        return tacticalPotPence - drawnPence;
    }

    /** The tactical pot is part of the award, so it cannot be larger than the award. */
    public static void requirePotWithinAward(long amountPence, long tacticalPotPence) {
        if (tacticalPotPence > amountPence) {
            throw ApiException.rule("tactical-pot-exceeds-award", "the tactical pot (" + tacticalPotPence
                    + " pence) cannot be larger than the award (" + amountPence + " pence)")
                    .with("amountPence", amountPence).with("tacticalPotPence", tacticalPotPence);
        }
    }

    /** Allocations never exceed the award outside the tactical pot. */
    public void allocate(long pence) {
        long available = availableForAllocationPence();
        if (pence > available) {
            throw ApiException.rule("allocation-exceeds-award", "allocating " + pence + " pence would exceed the award: only "
                    + available + " pence remains outside the tactical pot")
                    .with("requestedPence", pence).with("remainingPence", available)
                    .with("awardPence", amountPence).with("tacticalPotPence", tacticalPotPence)
                    .with("allocatedPence", allocatedPence);
        }
        allocatedPence += pence;
    }

    public void release(long pence) {
        allocatedPence -= pence;
    }

    /** Draws never exceed what remains in the tactical pot. */
    public void draw(long pence) {
        long remaining = tacticalPotRemainingPence();
        if (pence > remaining) {
            throw ApiException.rule("tactical-pot-exceeded", "drawing " + pence + " pence would overspend the tactical pot: only "
                    + remaining + " pence remains")
                    .with("requestedPence", pence).with("remainingPence", remaining)
                    .with("tacticalPotPence", tacticalPotPence).with("drawnPence", drawnPence);
        }
        drawnPence += pence;
    }

    /** A new amount or pot must still cover what has been allocated and drawn. */
    public void resize(long newAmountPence, long newTacticalPotPence) {
        requirePotWithinAward(newAmountPence, newTacticalPotPence);
        if (newTacticalPotPence < drawnPence) {
            throw ApiException.rule("tactical-pot-below-draws", "the tactical pot cannot be reduced to " + newTacticalPotPence
                    + " pence: " + drawnPence + " pence has already been drawn")
                    .with("requestedPence", newTacticalPotPence).with("drawnPence", drawnPence);
        }
        if (newAmountPence - newTacticalPotPence < allocatedPence) {
            throw ApiException.rule("award-below-allocations", "an award of " + newAmountPence + " pence with a tactical pot of "
                    + newTacticalPotPence + " pence leaves " + (newAmountPence - newTacticalPotPence)
                    + " pence for bids, less than the " + allocatedPence + " pence already allocated")
                    .with("requestedPence", newAmountPence).with("tacticalPotPence", newTacticalPotPence)
                    .with("allocatedPence", allocatedPence);
        }
        amountPence = newAmountPence;
        tacticalPotPence = newTacticalPotPence;
    }
}
