package org.csp.platform.text;

import java.math.BigDecimal;

/** A decimal read from a column with a fixed scale, shown as the client wrote it. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * The number without the zeros the column's scale padded it with: 420.0000 is 420 and 12.5000 is 12.5, as they
     * were sent. The scale never goes below 0, so 420 stays 420 in JSON rather than 4.2E+2. Null stays null.
     */
    public static BigDecimal withoutPaddingZeros(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
