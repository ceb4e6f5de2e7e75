package org.csp.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aTextLongerThanTheColumnIsCutAndAShorterOneKept() {
        assertEquals("Commu", Texts.clipped("Community Safety Plan", 5));
        assertEquals("Plan", Texts.clipped("Plan", 4));
        assertEquals("Plan", Texts.clipped("Plan", 300));
    }

    @Test
    void nullStaysNull() {
        assertNull(Texts.clipped(null, 10));
    }
}
