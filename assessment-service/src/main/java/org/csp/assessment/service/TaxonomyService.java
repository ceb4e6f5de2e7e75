package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.TreeSet;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.rest.CategoryDtos.CreateCategory;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.CurrentActor;

/** Owns the transaction that adds a category to the taxonomy. */
@ApplicationScoped
public class TaxonomyService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CurrentActor actor;

    @Transactional
    public CrimeCategory create(CreateCategory request) {
        if (CrimeCategory.findById(request.code()) != null) {
            throw ApiException.conflict("category-exists", "category '" + request.code() + "' is already in the taxonomy");
        }
        if (request.parentCode() != null && CrimeCategory.findById(request.parentCode()) == null) {
            throw ApiException.invalidField("parentCode", "category '" + request.parentCode() + "' is not in the taxonomy");
        }
        TreeSet<String> mapsTo = new TreeSet<>();
        for (String code : request.mapsTo()) {
            CrimeCategory target = CrimeCategory.findById(code);
            if (target == null || !target.policeUkSlug) {
                throw ApiException.invalidField("mapsTo", "'" + code + "' is not a data.police.uk category");
            }
            mapsTo.add(code);
        }
        CrimeCategory category = new CrimeCategory();
        category.code = request.code();
        category.name = request.name();
        category.description = request.description();
        category.parentCode = request.parentCode();
        category.domesticAbuseRelated = request.domesticAbuseRelated();
        category.countsTowardsTotal = request.countsTowardsTotal();
        category.mapsTo = mapsTo;
        category.addedBy = actor.get().subject();
        category.createdAt = clock.instant();
        UniqueKeys.persistOrConflict(category, "category-exists", "category '" + request.code() + "' is already in the taxonomy");
        audit.record("crime-category", category.code, "category.created", request);
        return category;
    }
}
