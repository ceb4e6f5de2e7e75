package org.csp.platform.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzzer's checks can fail: proven against fabricated responses. */
class ResponseCheckerTest {

    private static final String PROBLEM = "{\"type\":\"https://csp.example.org/problems/validation\","
            + "\"title\":\"Request is not valid\",\"status\":400}";

    @Test
    void aServerErrorIsAViolationWhateverItsBody() {
        assertTrue(ResponseChecker.check(500, "application/problem+json",
                PROBLEM.replace("400", "500")).orElseThrow().contains("server error 500"));
        assertTrue(ResponseChecker.check(503, "text/html", "<html/>").isPresent());
    }

    @Test
    void aClientErrorWithoutAProblemBodyIsAViolation() {
        assertTrue(ResponseChecker.check(413, "text/plain", "Request Entity Too Large").orElseThrow()
                .contains("instead of application/problem+json"));
        assertTrue(ResponseChecker.check(400, null, "").isPresent());
        assertTrue(ResponseChecker.check(415, "application/problem+json", "not json").isPresent());
        assertTrue(ResponseChecker.check(400, "application/problem+json", "[]").isPresent());
    }

    @Test
    void aProblemMustCarryTypeTitleAndTheHttpStatus() {
        assertTrue(ResponseChecker.check(404, "application/problem+json", PROBLEM).orElseThrow()
                .contains("status is 400"));
        assertTrue(ResponseChecker.check(400, "application/problem+json", "{\"title\":\"x\",\"status\":400}").isPresent());
        assertTrue(ResponseChecker.check(400, "application/problem+json", "{\"type\":\"x\",\"status\":400}").isPresent());
    }

    @Test
    void aProperProblemAndASuccessPass() {
        assertTrue(ResponseChecker.check(400, "application/problem+json;charset=UTF-8", PROBLEM).isEmpty());
        assertTrue(ResponseChecker.check(201, "application/json", "{}").isEmpty());
    }

    @Test
    void theReportFailsOnceListingEveryViolation() {
        FuzzOperation op = new FuzzOperation("POST", "/api/v1/things", "createThing", List.of(), null, null, Set.of());
        FuzzCase broken = new FuzzCase(op, "truncated JSON", "/api/v1/things", Map.of(), Map.of(), null, null);
        FuzzReport report = new FuzzReport("test");
        report.operation();
        report.answered(broken, 500, "server error 500", "boom");
        report.answered(broken, 413, "413 with content type 'text/plain' instead of application/problem+json", "");
        report.dataChanged(broken, 400, List.of("audit_entry (1 rows -> 2 rows)"));
        AssertionError failure = assertThrows(AssertionError.class, report::assertClean);
        assertTrue(failure.getMessage().contains("3 violation(s)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("createThing"));
        assertEquals(1, report.serverErrors());
        assertEquals(1, report.problemViolations());
        assertEquals(1, report.dataViolations());
    }

    @Test
    void aRunThatFoundNoOperationFails() {
        assertThrows(AssertionError.class, new FuzzReport("empty")::assertClean);
    }
}
