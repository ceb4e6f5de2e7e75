package org.csp.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void requestTextCannotForgeLogLines() {
        String cleaned = LogSafe.clean("/api/v1/bids\n2026-01-01 INFO forged line\r\u001b[31m");
        assertFalse(cleaned.contains("\n"));
        assertFalse(cleaned.contains("\r"));
        assertFalse(cleaned.contains("\u001b"));
    }

    @Test
    void longTextIsCut() {
        String cleaned = LogSafe.clean("x".repeat(10_000));
        assertTrue(cleaned.length() <= 303);
        assertTrue(cleaned.endsWith("..."));
    }

    @Test
    void nullIsWrittenAsNull() {
        assertEquals("null", LogSafe.clean(null));
    }
}
