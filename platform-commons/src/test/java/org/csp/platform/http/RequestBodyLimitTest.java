package org.csp.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.csp.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

    static final long LIMIT = 2_097_152;

    static Problem refusal(String contentLength, boolean chunked, boolean mayStream) {
        return RequestBodyLimit.refusal(contentLength, chunked, LIMIT, mayStream).map(Problem.Builder::build).orElse(null);
    }

    @Test
    void aDeclaredBodyUpToTheLimitPasses() {
        assertEquals(null, refusal("2097152", false, false));
        assertEquals(null, refusal(" 0 ", false, false));
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413NamingTheLimit() {
        Problem problem = refusal("2097153", false, false);
        assertEquals(413, problem.status);
        assertEquals(LIMIT, problem.extensions().get("maxBodyBytes"));
    }

    @Test
    void aContentLengthThatIsNotANumberOfBytesIs400NamingTheHeader() {
        for (String malformed : new String[] {"12abc", "-5", "", "99999999999999999999"}) {
            Problem problem = refusal(malformed, false, false);
            assertEquals(400, problem.status, malformed);
            assertEquals("Content-Length", problem.errors.get(0).field());
        }
    }

    @Test
    void aChunkedBodyIs411UnlessThePathMayStream() {
        assertEquals(411, refusal(null, true, false).status);
        assertEquals(null, refusal(null, true, true));
    }

    @Test
    void aRequestWithoutABodyPasses() {
        assertEquals(null, refusal(null, false, false));
    }

    @Test
    void onlyALargeBodyPathGetsTheLargeLimit() {
        RequestBodyLimit.Limits limits = new RequestBodyLimit.Limits(LIMIT, Set.of("/api/v1/imports"), 1L << 30);
        assertEquals(1L << 30, limits.of("/api/v1/imports"));
        assertTrue(limits.mayStream("/api/v1/imports"));
        assertEquals(LIMIT, limits.of("/api/v1/imports/other"));
        assertEquals(false, limits.mayStream("/api/v1/other"));
    }

    @Test
    void theServerWideLimitMayNotBeBelowTheLargestBodyLimit() {
        RequestBodyLimit.Limits limits = new RequestBodyLimit.Limits(LIMIT, Set.of("/api/v1/imports"), 1L << 30);
        assertThrows(IllegalStateException.class, () -> limits.requireServerLimitAtLeast(LIMIT));
        limits.requireServerLimitAtLeast(1L << 30);
        new RequestBodyLimit.Limits(LIMIT, Set.of(), 1L << 30).requireServerLimitAtLeast(LIMIT);
    }
}
