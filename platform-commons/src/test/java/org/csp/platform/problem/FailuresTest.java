package org.csp.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
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

    @Test
    void aDuplicateKeyIsAUniqueViolationHoweverDeeplyWrapped() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint \"body_name_unique\"", "23505");
        ConstraintViolationException hibernate = new ConstraintViolationException("could not execute statement", duplicate, "body_name_unique");

        assertTrue(Failures.isUniqueViolation(duplicate));
        assertTrue(Failures.isUniqueViolation(new RuntimeException("commit failed", hibernate)));
    }

    @Test
    void aDuplicateKeyReportedAsTheNextExceptionOfABatchIsAUniqueViolation() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        BatchUpdateException abortedWithoutState = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        abortedWithoutState.setNextException(new SQLException("duplicate key value", "23505"));

        assertTrue(Failures.isUniqueViolation(batch));
        assertTrue(Failures.isUniqueViolation(abortedWithoutState));
    }

    @Test
    void otherConstraintsAndDataErrorsAreNotUniqueViolations() {
        assertFalse(Failures.isUniqueViolation(new SQLException("violates foreign key constraint", "23503")));
        assertFalse(Failures.isUniqueViolation(new SQLException("violates check constraint", "23514")));
        assertFalse(Failures.isUniqueViolation(new SQLException("invalid byte sequence", "22021")));
        assertFalse(Failures.isUniqueViolation(new IllegalStateException("no such award")));
        assertFalse(Failures.isUniqueViolation(null));
    }
}
