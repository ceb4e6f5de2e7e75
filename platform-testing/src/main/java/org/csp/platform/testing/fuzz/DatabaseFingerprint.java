package org.csp.platform.testing.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Row counts and a content hash of every table of one PostgreSQL schema, taken over one JDBC connection in a
 * single query, so a test can prove a request changed nothing. The audit trail and the outbox are included (a
 * refused request must write neither); Flyway's history and the inbox of consumed events are not, nor the
 * outbox's {@code sent_at}, which the relay sets in the background.
 */
public final class DatabaseFingerprint implements AutoCloseable {

    /** Tables left out: they change without a request (migrations, consumed events). */
    public static final Set<String> EXCLUDED_TABLES = Set.of("flyway_schema_history", "inbox_processed_event");
    /** Columns written in the background, as table.column. */
    public static final Set<String> EXCLUDED_COLUMNS = Set.of("outbox_event.sent_at");

    private final Connection connection;
    private final String schema;
    private final String query;

    private DatabaseFingerprint(Connection connection, String schema) throws SQLException {
        this.connection = connection;
        this.schema = schema;
        this.query = buildQuery();
    }

    /** Connects with the test's own datasource settings and fingerprints the schema in {@code csp.service.schema}. */
    public static DatabaseFingerprint ofServiceSchema() {
        Config config = ConfigProvider.getConfig();
        return connect(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null),
                config.getValue("csp.service.schema", String.class));
    }

    public static DatabaseFingerprint connect(String url, String user, String password, String schema) {
        try {
            return new DatabaseFingerprint(DriverManager.getConnection(url, user, password), schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url + " to fingerprint schema " + schema, e);
        }
    }

    /** Table name to "rows:hash". */
    public Map<String, String> take() {
        Map<String, String> tables = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.put(rows.getString(1), rows.getLong(2) + " rows:" + rows.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint schema " + schema, e);
        }
        return tables;
    }

    /** The tables whose content differs, with their before and after row counts. */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String table : names) {
            String a = before.get(table);
            String b = after.get(table);
            if (a == null || !a.equals(b)) {
                changed.add(table + " (" + rowsOf(a) + " -> " + rowsOf(b) + ")");
            }
        }
        return changed;
    }

    private static String rowsOf(String fingerprint) {
        return fingerprint == null ? "absent" : fingerprint.substring(0, fingerprint.indexOf(':'));
    }

    public List<String> tables() {
        return List.copyOf(columnsByTable().keySet());
    }

    private String buildQuery() throws SQLException {
        Map<String, List<String>> tables = columnsByTable();
        if (tables.isEmpty()) {
            throw new IllegalStateException("schema " + schema + " has no tables to fingerprint");
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            String row = "md5(row(" + String.join(", ", table.getValue()) + ")::text)";
            parts.add("select '" + table.getKey() + "' as t, count(*) as n, coalesce(md5(string_agg(" + row
                    + ", '' order by " + row + ")), '-') as h from " + quote(schema) + "." + quote(table.getKey()) + " x");
        }
        return String.join("\nunion all\n", parts);
    }

    private Map<String, List<String>> columnsByTable() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String sql = "select c.table_name, c.column_name from information_schema.columns c"
                + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
                + " where c.table_schema = ? and t.table_type = 'BASE TABLE' order by c.table_name, c.ordinal_position";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    String column = rows.getString(2);
                    if (EXCLUDED_TABLES.contains(table) || EXCLUDED_COLUMNS.contains(table + "." + column)) {
                        continue;
                    }
                    tables.computeIfAbsent(table, t -> new ArrayList<>()).add("x." + quote(column));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables of schema " + schema, e);
        }
        return tables;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to do: the test is over
        }
    }
}
