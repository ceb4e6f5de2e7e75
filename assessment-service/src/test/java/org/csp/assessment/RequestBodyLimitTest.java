package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.OversizedBodies;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A body over the limit is refused before it is read, however it is sent, and changes nothing; only the
 * street-level CSV import (csp.http.large-body-paths) may stream a body of no declared length.
 */
@QuarkusTest
class RequestBodyLimitTest {

    @Test
    void anOversizedBodyDeclaredOrChunkedIsAProblemAndChangesNothing() {
        String area = Fixtures.uniqueArea();
        String body = OversizedBodies.padded("""
                {"code":"%s","name":"Maidstone Borough","populations":[]}""".formatted(area));
        OversizedBodies.assertRefused(TestTokens.officer(), "/api/v1/areas", body);
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/areas/{code}", area).then().statusCode(404);
    }

    @Test
    void theStreetLevelImportMayStreamAChunkedBody() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String csv = StreetLevelCsvImportTest.HEADER + StreetLevelCsvImportTest.crime("chunked-" + area, "Burglary");
        OversizedBodies.Answer answer = OversizedBodies.chunked(TestTokens.officer(), "/api/v1/statistics/imports/street-level"
                + "?areaCode=" + area + "&sourceCode=street-" + area + "&vintage=v", "text/csv", csv);
        assertEquals(201, answer.status(), answer.body());
        assertEquals(1, StreetLevelCsvImportTest.count(area, "street-" + area, "burglary"));
    }
}
