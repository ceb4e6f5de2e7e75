package org.csp.assessment.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;
import org.csp.platform.problem.ApiException;

/** Persists a new row now, so that losing a race on a unique key is a 409 rather than an error at commit. */
final class UniqueKeys {
    private UniqueKeys() {
    }

    static void persistOrConflict(PanacheEntityBase entity, String type, String detail) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (causedByUniqueViolation(e)) {
                throw ApiException.conflict(type, detail);
            }
            throw e;
        }
    }

    private static boolean causedByUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
