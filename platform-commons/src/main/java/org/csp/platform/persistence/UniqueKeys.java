package org.csp.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.csp.platform.problem.ApiException;
import org.csp.platform.problem.Failures;

/**
 * Writes a row with a natural key (a code, a name, one per year...) now rather than at commit, so that a request
 * losing a race to the unique index gets the resource's own 409 instead of an error at commit. The "exists?"
 * check before it stays: it answers the common case without a failed insert; this covers two requests at once.
 */
public final class UniqueKeys {
    private UniqueKeys() {
    }

    /** Persists and flushes a new entity; a unique violation is {@code ApiException.conflict(type, detail)}. */
    public static void persistOrConflict(PanacheEntityBase entity, String type, String detail) {
        persistOrConflict(entity, () -> ApiException.conflict(type, detail));
    }

    /** Persists and flushes a new entity; a unique violation is the given refusal. */
    public static void persistOrConflict(PanacheEntityBase entity, Supplier<? extends ApiException> conflict) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            throw conflictIfUnique(e, conflict);
        }
    }

    /** Flushes a changed entity whose natural key may have changed; a unique violation is the given refusal. */
    public static void flushOrConflict(PanacheEntityBase entity, Supplier<? extends ApiException> conflict) {
        try {
            Panache.getEntityManager(entity.getClass()).flush();
        } catch (PersistenceException e) {
            throw conflictIfUnique(e, conflict);
        }
    }

    private static RuntimeException conflictIfUnique(PersistenceException e, Supplier<? extends ApiException> conflict) {
        return Failures.isUniqueViolation(e) ? conflict.get() : e;
    }
}
