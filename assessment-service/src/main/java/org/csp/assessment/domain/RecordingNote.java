package org.csp.assessment.domain;

import java.time.YearMonth;

/** A note that qualifies figures from a month on (for example a change in recording practice); null category = all. */
public record RecordingNote(String categoryCode, YearMonth fromMonth, String text) {
}
