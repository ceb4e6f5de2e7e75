package org.csp.platform.problem;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/** Classifies failures that are about the infrastructure rather than the request or the message. */
public final class Failures {
    private static final String UNIQUE_VIOLATION = "23505";

    private Failures() {
    }

    /** Another transaction changed the same versioned row first (JPA optimistic locking), however it is wrapped. */
    public static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** The database cannot be reached (down, restarting, pool exhausted): retry later, the input is fine. */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                            || sql.getSQLState().equals("57P03"))) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            // Agroal's pool answers "Sorry, acquisition timeout!" and Hibernate wraps it as "Unable to acquire JDBC Connection".
            if (message.contains("acquisition timeout") || message.contains("unable to acquire jdbc connection")
                    || message.contains("connection refused")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database refused a value of the request (SQLSTATE class 22, data exception: a NUL character in a
     * text, a string longer than its column, a number out of range...): the input is at fault, not the service.
     */
    public static boolean isInvalidData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A unique constraint or index refused the row (SQLSTATE 23505): another request created the same natural key
     * first. Looks through a batch's chained exceptions too, where the driver reports the row that failed.
     */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    public static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
