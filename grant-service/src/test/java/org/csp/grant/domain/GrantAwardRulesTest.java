package org.csp.grant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** The money rules of an award, without a database. */
class GrantAwardRulesTest {

    static GrantAward award(long amount, long pot) {
        GrantAward award = new GrantAward();
        award.amountPence = amount;
        award.tacticalPotPence = pot;
        return award;
    }

    @Test
    void allocationsNeverExceedTheAwardOutsideThePot() {
        GrantAward award = award(4_000_000, 500_000);
        award.allocate(3_000_000);
        ApiException refused = assertThrows(ApiException.class, () -> award.allocate(500_001));
        assertEquals(422, refused.status());
        assertEquals("allocation-exceeds-award", refused.type());
        assertEquals(500_000L, refused.extensions().get("remainingPence"));
        assertEquals(500_001L, refused.extensions().get("requestedPence"));
        assertEquals(3_000_000, award.allocatedPence);
        award.allocate(500_000);
        assertEquals(0, award.availableForAllocationPence());
    }

    @Test
    void drawsNeverExceedThePot() {
        GrantAward award = award(4_000_000, 500_000);
        award.draw(499_999);
        ApiException refused = assertThrows(ApiException.class, () -> award.draw(2));
        assertEquals("tactical-pot-exceeded", refused.type());
        assertEquals(1L, refused.extensions().get("remainingPence"));
        assertEquals(499_999, award.drawnPence);
        assertEquals(4_000_000, award.availableForAllocationPence() + award.tacticalPotPence);
    }

    @Test
    void aResizedAwardMustCoverAllocationsAndDraws() {
        GrantAward award = award(1_000_000, 200_000);
        award.allocate(700_000);
        award.draw(50_000);
        assertEquals("award-below-allocations", assertThrows(ApiException.class, () -> award.resize(850_000, 200_000)).type());
        assertEquals("tactical-pot-below-draws", assertThrows(ApiException.class, () -> award.resize(1_000_000, 40_000)).type());
        assertEquals("tactical-pot-exceeds-award", assertThrows(ApiException.class, () -> award.resize(100, 200)).type());
        award.resize(900_000, 200_000);
        assertEquals(0, award.availableForAllocationPence());
        assertEquals(150_000, award.tacticalPotRemainingPence());
    }
}
