package org.csp.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** JDBC connections to the local stack's PostgreSQL (the launcher's fixed port and user). */
final class Db {
    static final String URL = "jdbc:postgresql://127.0.0.1:15432/postgres";

    private Db() {
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    static Connection connect() throws SQLException {
        return connect(URL);
    }

    /**
     * Registers areas {@code prefix0 .. prefix(count-1)} straight in assessment.area (set-up, not measured): a
     * Strategic Assessment needs its area, and only one assessment per area and year is allowed.
     */
    static void seedAreas(String url, String prefix, int count) throws SQLException {
        try (Connection c = connect(url);
                PreparedStatement s = c.prepareStatement("insert into assessment.area (code, name, created_at) values (?, ?, ?)"
                        + " on conflict (code) do nothing")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                s.setString(1, prefix + i);
                s.setString(2, "Benchmark area " + prefix + i);
                s.setTimestamp(3, now);
                s.addBatch();
                if (i % 5000 == 4999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }
}
