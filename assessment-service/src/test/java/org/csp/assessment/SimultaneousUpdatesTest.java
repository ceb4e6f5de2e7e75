package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.csp.platform.testing.Simultaneous;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Updates sent at once with the same If-Match: one wins; the others are told the resource changed (409 when the
 * version check fails at commit, 412 when they read the new version), never a 500, and nothing else is written.
 */
@QuarkusTest
class SimultaneousUpdatesTest {

    @Test
    void populationsSetAtOnceWithOneETagLeaveOneWinnerAndTheRestToldItChanged() throws Exception {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String token = TestTokens.officer();
        List<Response> answers = Simultaneous.fire(8, n -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"population\":" + (180_000 + n) + "}")
                .put("/api/v1/areas/{code}/populations/{year}", area, 2030 + n));

        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 200).count(), statuses(answers));
        for (Response r : answers) {
            assertTrue(List.of(200, 409, 412).contains(r.statusCode()), statuses(answers));
            if (r.statusCode() == 409) {
                assertEquals("https://csp.example.org/problems/concurrent-modification", r.path("type"));
            }
        }
        Response area2 = given().auth().oauth2(token).get("/api/v1/areas/{code}", area);
        assertEquals("\"1\"", area2.header("ETag"));
        List<Map<String, Object>> populations = area2.path("populations");
        assertEquals(1, populations.stream().filter(p -> ((Number) p.get("year")).intValue() >= 2030).count(), populations.toString());
    }

    private static String statuses(List<Response> answers) {
        return answers.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString();
    }
}
