package org.csp.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void anExhaustedConnectionPoolIsTheDatabaseBeingUnavailableNotAServerError() {
        // What Hibernate throws when every pooled connection stays busy past the acquisition timeout.
        SQLException agroal = new SQLException("Sorry, acquisition timeout!");
        GenericJDBCException hibernate = new GenericJDBCException("Unable to acquire JDBC Connection [Sorry, acquisition timeout!]", agroal);

        assertTrue(Failures.isDatabaseUnavailable(hibernate));
        assertTrue(Failures.isDatabaseUnavailable(new RuntimeException("wrapped", hibernate)));
    }

    @Test
    void aRefusedConnectionIsTheDatabaseBeingUnavailable() {
        assertTrue(Failures.isDatabaseUnavailable(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
    }

    @Test
    void aConstraintViolationIsNotTheDatabaseBeingUnavailable() {
        assertFalse(Failures.isDatabaseUnavailable(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(Failures.isDatabaseUnavailable(new IllegalStateException("no such award")));
    }
}
