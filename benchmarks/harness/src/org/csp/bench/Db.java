package org.csp.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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
}
