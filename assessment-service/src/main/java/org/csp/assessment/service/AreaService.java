package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.csp.assessment.domain.Area;
import org.csp.assessment.rest.AreaDtos.CreateArea;
import org.csp.assessment.rest.AreaDtos.Population;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;

/** Owns the transactions that create areas and record their populations. */
@ApplicationScoped
public class AreaService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public Area create(CreateArea request) {
        if (Area.findById(request.code()) != null) {
            throw ApiException.conflict("area-exists", "area '" + request.code() + "' already exists");
        }
        Area area = new Area();
        area.code = request.code();
        area.name = request.name();
        area.createdAt = clock.instant();
        for (Population p : request.populations()) {
            if (area.populations.put(p.year(), p.population()) != null) {
                throw ApiException.invalidField("populations", "year " + p.year() + " is given twice");
            }
        }
        UniqueKeys.persistOrConflict(area, "area-exists", "area '" + request.code() + "' already exists");
        audit.record("area", area.code, "area.created", request);
        return area;
    }

    @Transactional
    public Area setPopulation(String code, int year, long population, String ifMatch) {
        if (year < 1900 || year > 2100) {
            throw ApiException.invalidField("year", "must be between 1900 and 2100");
        }
        Area area = Area.require(code);
        Etags.requireMatch(ifMatch, area.version);
        area.populations.put(year, population);
        audit.record("area", area.code, "area.population-set", Map.of("year", year, "population", population));
        return area;
    }
}
