package org.csp.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeHeapTrimTest {

    @Test
    void theServicesTrimTheNativeHeapOnEveryJdkThatHasTheOption() {
        Runtime.Version v = Runtime.version();
        // JDK-8293114: in 22, and backported to 17.0.9 and 21.0.1.
        boolean hasIt = v.feature() >= 22
                || (v.feature() == 21 && v.update() >= 1)
                || (v.feature() == 17 && v.update() >= 9);

        assertEquals(hasIt, NativeHeapTrim.supported(), "JDK " + v);
        assertEquals(hasIt ? List.of(NativeHeapTrim.OPTION) : List.of(), NativeHeapTrim.jvmOptions());
    }
}
