package org.csp.governance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.fuzz.FuzzReport;
import org.csp.platform.testing.fuzz.OpenApiFuzzer;
import org.junit.jupiter.api.Test;

/**
 * Bad input at scale: every operation in this service's OpenAPI document gets generated malformed requests
 * (wrong types, missing and extra fields, huge and empty strings, bad dates and ids, overflowing numbers,
 * broken JSON, wrong content types, oversize bodies). Not one 5xx, every 4xx a problem body, and no refused
 * request changes any table of the schema (audit trail and outbox included).
 */
@QuarkusTest
class MalformedInputTest {

    @Test
    void noMalformedRequestGetsAServerErrorOrAnUnexplainedRefusalOrChangesData() {
        FuzzReport report = OpenApiFuzzer.forRunningService().run();
        assertTrue(report.sent() >= report.operations(), report.summary());
        report.assertClean();
    }
}
