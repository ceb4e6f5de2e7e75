package org.csp.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void anUpdateWithoutIfMatchIsPreconditionRequired() {
        assertEquals(428, assertThrows(ApiException.class, () -> Etags.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(ApiException.class, () -> Etags.requireMatch(" ", 3)).status());
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedAndNamesTheCurrentTag() {
        ApiException e = assertThrows(ApiException.class, () -> Etags.requireMatch("\"2\"", 3));
        assertEquals(412, e.status());
        assertEquals("\"3\"", e.extensions().get("currentETag"));
    }

    @Test
    void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
        assertEquals(412, assertThrows(ApiException.class, () -> Etags.requireMatch("W/\"3\"", 3)).status());
    }

    @Test
    void theCurrentTagListsAndWildcardMatch() {
        assertDoesNotThrow(() -> Etags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("*", 3));
    }
}
