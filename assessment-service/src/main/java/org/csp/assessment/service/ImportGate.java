package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.csp.assessment.domain.StatisticsSource;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;

/**
 * Who may import into which source: a partner agency imports only as its own agency and only into sources its
 * agency owns (a new source becomes its own; sources officers created belong to the partnership); officers and administrators import for the whole partnership.
 */
@ApplicationScoped
public class ImportGate {

    @Inject
    CurrentActor currentActor;
    @Inject
    Clock clock;

    /** @return the agency the import is recorded against */
    public String admit(String requestedAgency, String sourceCode) {
        Actor actor = currentActor.get();
        String agency = requestedAgency;
        if (!actor.actsForWholePartnership()) {
            if (actor.agency() == null) {
                throw new ApiException(403, "forbidden", "Not allowed", "your token names no agency to import for");
            }
            if (agency != null && !agency.equals(actor.agency())) {
                throw new ApiException(403, "foreign-agency", "Not allowed",
                        "a partner agency imports only as its own agency (" + actor.agency() + ")").with("agency", agency);
            }
            agency = actor.agency();
        }
        StatisticsSource source = StatisticsSource.findById(sourceCode);
        if (source == null) {
            source = new StatisticsSource();
            source.code = sourceCode;
            source.agency = agency;
            source.createdAt = clock.instant();
            UniqueKeys.persistOrConflict(source, "source-exists", "source '" + sourceCode + "' was created by a concurrent import; retry");
        } else if (!actor.actsForWholePartnership() && !java.util.Objects.equals(source.agency, actor.agency())) {
            throw new ApiException(403, "foreign-source", "Not allowed",
                    "source '" + sourceCode + "' belongs to another agency; import into your own source")
                    .with("sourceCode", sourceCode);
        }
        return agency;
    }
}
