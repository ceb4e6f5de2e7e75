package org.csp.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The actor of the work in progress: the caller of a REST request, the actor named by the event being
 * consumed, or {@link Actor#SYSTEM}.
 */
@ApplicationScoped
public class CurrentActor {

    private static final ThreadLocal<Actor> ON_BEHALF = new ThreadLocal<>();

    @Inject
    SecurityIdentity identity;

    public Actor get() {
        Actor override = ON_BEHALF.get();
        if (override != null) {
            return override;
        }
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return Actor.SYSTEM;
        }
        String agency = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(Roles.AGENCY_CLAIM);
            agency = claim == null ? null : claim.toString();
        }
        return new Actor(identity.getPrincipal().getName(), agency, Set.copyOf(identity.getRoles()));
    }

    /** Runs work as if {@code actor} were acting: used by consumers for the actor an event names. */
    public static <T> T actingAs(Actor actor, Supplier<T> work) {
        Actor previous = ON_BEHALF.get();
        ON_BEHALF.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ON_BEHALF.remove();
            } else {
                ON_BEHALF.set(previous);
            }
        }
    }
}
