package org.csp.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void aStoredDecimalIsShownWithoutThePaddingZerosAndNeverInExponentForm() {
        assertEquals("420", Decimals.withoutPaddingZeros(new BigDecimal("420.0000")).toString());
        assertEquals("12.5", Decimals.withoutPaddingZeros(new BigDecimal("12.5000")).toString());
        assertEquals("0", Decimals.withoutPaddingZeros(new BigDecimal("0.0000")).toString());
        assertEquals("0.0001", Decimals.withoutPaddingZeros(new BigDecimal("0.0001")).toString());
        assertEquals("1000", Decimals.withoutPaddingZeros(new BigDecimal("1E+3")).toString());
        assertNull(Decimals.withoutPaddingZeros(null));
    }
}
