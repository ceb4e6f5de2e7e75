package org.csp.platform.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.csp.platform.testing.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data check sees any change to a table (the audit trail and outbox too), and ignores background writes. */
class DatabaseFingerprintTest {

    static EmbeddedPostgresServer postgres;
    static Connection sql;
    static DatabaseFingerprint fingerprint;

    @BeforeAll
    static void schema() throws SQLException {
        postgres = EmbeddedPostgresServer.startTemporary();
        String url = postgres.jdbcUrl("postgres");
        sql = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
        run("create schema fp",
                "create table fp.bid (id int primary key, title text)",
                "create table fp.audit_entry (id int primary key, action text)",
                "create table fp.outbox_event (id int primary key, payload text, sent_at timestamptz)",
                "create table fp.inbox_processed_event (event_id text primary key)",
                "create table fp.flyway_schema_history (version text)",
                "insert into fp.bid values (1, 'Street pastors')",
                "insert into fp.outbox_event values (1, '{}', null)");
        fingerprint = DatabaseFingerprint.connect(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, "fp");
    }

    @AfterAll
    static void stop() throws SQLException {
        fingerprint.close();
        sql.close();
        postgres.close();
    }

    @Test
    void aChangedValueAnAuditEntryAndAnOutboxRowAreSeen() throws SQLException {
        assertEquals(List.of("audit_entry", "bid", "outbox_event"), fingerprint.tables());
        Map<String, String> before = fingerprint.take();
        assertEquals(List.of(), DatabaseFingerprint.differences(before, fingerprint.take()));

        run("update fp.bid set title = 'Street angels' where id = 1");
        Map<String, String> renamed = fingerprint.take();
        assertEquals(List.of("bid (1 rows -> 1 rows)"), DatabaseFingerprint.differences(before, renamed));

        run("insert into fp.audit_entry values (1, 'bid.updated')", "insert into fp.outbox_event values (2, '{}', null)");
        assertEquals(List.of("audit_entry (0 rows -> 1 rows)", "outbox_event (1 rows -> 2 rows)"),
                DatabaseFingerprint.differences(renamed, fingerprint.take()));
    }

    @Test
    void theRelayMarkingRowsSentAndConsumedEventsAreNotChanges() throws SQLException {
        Map<String, String> before = fingerprint.take();
        run("update fp.outbox_event set sent_at = now()", "insert into fp.inbox_processed_event values ('e-1')",
                "insert into fp.flyway_schema_history values ('9')");
        assertEquals(List.of(), DatabaseFingerprint.differences(before, fingerprint.take()));
    }

    private static void run(String... statements) throws SQLException {
        try (Statement statement = sql.createStatement()) {
            for (String s : statements) {
                statement.execute(s);
            }
        }
    }
}
