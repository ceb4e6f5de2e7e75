package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.csp.platform.testing.Simultaneous;
import org.csp.platform.testing.TestTokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The benchmark the project keeps: 200 concurrent clients drawing from one tactical pot over HTTP, side by
 * side with 200 concurrent plain single-row updates of one row on the same database in the same run. It
 * reports rates (log and target/benchmarks/tactical-pot.txt) and asserts only the outcome, never timings.
 */
@QuarkusTest
class TacticalPotBenchmarkTest {

    private static final Logger LOG = Logger.getLogger(TacticalPotBenchmarkTest.class);
    static final int CLIENTS = 200;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void drawsUnderContentionAgainstPlainSingleRowUpdates() throws Exception {
        String awardId = GrantFixtures.award(4_000_000, 500_000);
        String token = TestTokens.officer();
        long drawsStart = System.nanoTime();
        List<Integer> draws = Simultaneous.fire(CLIENTS, n -> given().auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"amountPence\":2500,\"reason\":\"Benchmark " + n + "\",\"approvedBy\":\"CSP executive\"}")
                .post("/api/v1/awards/{id}/tactical-draws", awardId).statusCode());
        double drawSeconds = (System.nanoTime() - drawsStart) / 1e9;
        long remaining = ((Number) GrantFixtures.getAward(awardId).path("tacticalPotRemainingPence")).longValue();

        String plainRow = GrantFixtures.award(1, 0);
        long updatesStart = System.nanoTime();
        List<Integer> updates = Simultaneous.fire(CLIENTS, n -> plainUpdate(UUID.fromString(plainRow)));
        double updateSeconds = (System.nanoTime() - updatesStart) / 1e9;

        assertEquals(CLIENTS, draws.stream().filter(s -> s == 201).count(), draws.toString());
        assertEquals(0L, remaining);
        assertEquals(CLIENTS, updates.stream().mapToInt(Integer::intValue).sum());

        String report = String.format("%s tactical-pot benchmark, %d concurrent clients%n"
                        + "  draws over HTTP (row lock, audit, outbox): %.1f per second, final balance %d pence (expected 0)%n"
                        + "  plain single-row UPDATEs over JDBC:        %.1f per second%n",
                Instant.now(), CLIENTS, CLIENTS / drawSeconds, remaining, CLIENTS / updateSeconds);
        LOG.info(report);
        Path out = Path.of("target", "benchmarks", "tactical-pot.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private int plainUpdate(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update grant_award set drawn_pence = drawn_pence where id = ?")) {
            update.setObject(1, id);
            return update.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
