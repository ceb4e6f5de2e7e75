package org.csp.governance.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which meetings can meet an obligation. */
class ObligationTest {

    @Test
    void aMeetingMeetsAnObligationOnlyWithinItsWindowBeforeItIsDue() {
        Obligation o = new Obligation();
        o.dueDate = LocalDate.parse("2029-03-31");
        Duration window = Duration.ofDays(120);
        assertTrue(o.isInWindow(LocalDate.parse("2029-03-31"), window), "on the due date");
        assertTrue(o.isInWindow(LocalDate.parse("2028-12-01"), window), "the first day of the window");
        assertFalse(o.isInWindow(LocalDate.parse("2028-11-30"), window), "before the window");
        assertFalse(o.isInWindow(LocalDate.parse("2029-04-01"), window), "after it was due");
    }
}
