package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.csp.assessment.domain.Area;
import org.csp.assessment.domain.Finding;
import org.csp.assessment.domain.FindingKind;
import org.csp.assessment.domain.Measure;
import org.csp.assessment.rest.FindingDtos.CreateFinding;
import org.csp.assessment.rest.FindingDtos.MeasureInput;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.problem.ApiException;

/** Owns the transaction that records a finding. */
@ApplicationScoped
public class FindingService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public Finding create(CreateFinding request) {
        Area.require(request.areaCode());
        if (request.kind() == FindingKind.LOCATION && request.location() == null) {
            throw ApiException.invalidField("location", "is required for a LOCATION finding");
        }
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.areaCode = request.areaCode();
        finding.kind = request.kind();
        finding.title = request.title();
        finding.summary = request.summary();
        finding.source = request.source();
        finding.observedOn = request.observedOn();
        finding.createdAt = clock.instant();
        if (request.location() != null) {
            finding.locationName = request.location().name();
            finding.latitude = request.location().latitude();
            finding.longitude = request.location().longitude();
        }
        for (int i = 0; i < request.measures().size(); i++) {
            MeasureInput input = request.measures().get(i);
            if (input.unit() == Measure.Unit.PERCENT && input.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw ApiException.invalidField("measures[" + i + "].value", "a percentage cannot exceed 100");
            }
            Measure measure = new Measure();
            measure.name = input.name();
            measure.value = input.value();
            measure.unit = input.unit();
            finding.measures.add(measure);
        }
        finding.persist();
        audit.record("finding", finding.id, "finding.created", request);
        return finding;
    }

    public Finding get(UUID id) {
        Finding finding = Finding.findById(id);
        if (finding == null) {
            throw ApiException.notFound("finding", id);
        }
        return finding;
    }
}
