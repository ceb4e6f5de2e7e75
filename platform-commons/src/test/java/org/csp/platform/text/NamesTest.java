package org.csp.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void spacesAroundAndRunsOfWhitespaceInsideMeanNothing() {
        assertEquals("Crime and Disorder Committee", Names.normalized("  Crime  and\tDisorder\n Committee "));
        assertEquals("Kent Police and Crime Commissioner", Names.normalized("Kent Police and Crime Commissioner"));
    }

    @Test
    void caseAndPunctuationAreKept() {
        assertEquals("Maidstone Borough Council (Safer Maidstone Partnership)",
                Names.normalized(" Maidstone Borough Council (Safer Maidstone Partnership)"));
    }

    @Test
    void nullStaysNull() {
        assertNull(Names.normalized(null));
    }
}
