package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.csp.assessment.domain.Area;
import org.csp.assessment.domain.AssessmentStatus;
import org.csp.assessment.domain.CandidatePriority;
import org.csp.assessment.domain.Evidence;
import org.csp.assessment.domain.EvidenceKind;
import org.csp.assessment.domain.RecommendedPriority;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.domain.StrategicAssessment;
import org.csp.assessment.messaging.AssessmentEvents;
import org.csp.assessment.rest.AssessmentDtos.CreateAssessment;
import org.csp.assessment.rest.AssessmentDtos.Priority;
import org.csp.assessment.rest.AssessmentDtos.UpdateAssessment;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.events.DomainEvent;
import org.csp.platform.http.Etags;
import org.csp.platform.outbox.EventPublisher;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.CurrentActor;
import org.hibernate.Hibernate;

/** Owns the transactions that create, edit and publish Strategic Assessments. */
@ApplicationScoped
public class AssessmentService {

    @Inject
    EventPublisher events;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CurrentActor actor;
    @Inject
    EvidenceResolver evidence;

    @Transactional
    public StrategicAssessment create(CreateAssessment request) {
        ReportingPeriod.financialYear(request.financialYear(), "financialYear");
        Area.require(request.areaCode());
        if (StrategicAssessment.count("areaCode = ?1 and financialYear = ?2", request.areaCode(), request.financialYear()) > 0) {
            throw ApiException.conflict("assessment-exists", "area " + request.areaCode() + " already has an assessment for "
                    + request.financialYear());
        }
        StrategicAssessment assessment = new StrategicAssessment();
        assessment.id = UUID.randomUUID();
        assessment.areaCode = request.areaCode();
        assessment.financialYear = request.financialYear();
        assessment.title = request.title();
        assessment.status = AssessmentStatus.DRAFT;
        assessment.createdAt = clock.instant();
        if (request.pendingData() != null) {
            assessment.pendingData.addAll(request.pendingData());
        }
        setPriorities(assessment, request.priorities(), Map.of());
        UniqueKeys.persistOrConflict(assessment, "assessment-exists", "area " + request.areaCode()
                + " already has an assessment for " + request.financialYear());
        audit.record("strategic-assessment", assessment.id, "assessment.created", request);
        return assessment;
    }

    /** Draft assessments are visible to officers and administrators only; anyone else gets 404 so ids cannot be probed. */
    public StrategicAssessment get(UUID id) {
        return visible(id, StrategicAssessment.findById(id));
    }

    /**
     * The assessment, its row locked ({@code SELECT ... FOR UPDATE}) until the transaction ends: changes made under
     * this lock happen one at a time, and each reads what the one before it committed.
     */
    StrategicAssessment getLocked(UUID id) {
        return visible(id, StrategicAssessment.findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    private StrategicAssessment visible(UUID id, StrategicAssessment assessment) {
        if (assessment == null || assessment.status == AssessmentStatus.DRAFT && !actor.get().actsForWholePartnership()) {
            throw ApiException.notFound("assessment", id);
        }
        return assessment;
    }

    /**
     * The assessment's recommended priorities, in order, with their categories and evidence: one query where
     * loading the collections one by one takes three (a read of one assessment then runs two queries in all).
     */
    public List<RecommendedPriority> prioritiesOf(StrategicAssessment assessment) {
        if (Hibernate.isInitialized(assessment.priorities)) {
            return assessment.priorities;
        }
        return RecommendedPriority.<RecommendedPriority>find("from RecommendedPriority p left join fetch p.evidence"
                + " left join fetch p.categoryCodes where p.assessment.id = ?1 order by p.position", assessment.id).list();
    }

    /**
     * Replaces the draft's content. Locks the assessment like the candidate decisions do, so an edit and a decision are
     * taken one at a time; an accepted candidate whose trend no priority cites any more is PROPOSED again
     * ({@link CandidatePriority#followPriorities}).
     */
    @Transactional
    public StrategicAssessment update(UUID id, String ifMatch, UpdateAssessment request) {
        StrategicAssessment assessment = getLocked(id);
        assessment.requireDraft();
        Etags.requireMatch(ifMatch, assessment.version);
        assessment.title = request.title();
        assessment.pendingData.clear();
        assessment.pendingData.addAll(request.pendingData());
        setPriorities(assessment, request.priorities(), citableTrends(assessment));
        touch(assessment);
        audit.record("strategic-assessment", assessment.id, "assessment.updated", request);
        for (CandidatePriority candidate : CandidatePriority.<CandidatePriority>list("assessmentId = ?1 and status = ?2 order by id",
                assessment.id, CandidatePriority.Status.ACCEPTED)) {
            if (candidate.followPriorities(assessment.priorities)) {
                audit.record("strategic-assessment", assessment.id, "assessment.candidate-undecided",
                        Map.of("candidateId", candidate.id, "reason", "no priority cites its trend any more"));
            }
        }
        return assessment;
    }

    @Transactional
    public StrategicAssessment publish(UUID id, String ifMatch) {
        StrategicAssessment assessment = get(id);
        Etags.requireMatch(ifMatch, assessment.version);
        assessment.publish(clock.instant());
        events.publish(DomainEvent.of(AssessmentEvents.AGGREGATE, assessment.id, AssessmentEvents.PUBLISHED,
                new AssessmentEvents.AssessmentPublishedV1(assessment.id, assessment.areaCode, assessment.financialYear,
                        assessment.title, assessment.publishedAt, assessment.priorities.stream().map(p ->
                                new AssessmentEvents.Priority(p.id, p.position, p.title, p.rationale, List.copyOf(p.categoryCodes),
                                        p.evidence.stream().map(e -> new AssessmentEvents.Evidence(
                                                e.kind.name().toLowerCase(java.util.Locale.ROOT), e.refId, e.summary)).toList()))
                                .toList())));
        audit.record("strategic-assessment", assessment.id, "assessment.published", Map.of("status", "PUBLISHED"));
        return assessment;
    }

    /** Makes a change to the assessment's children count as a new version (new ETag). */
    void touch(StrategicAssessment assessment) {
        EntityManager em = StrategicAssessment.getEntityManager();
        // Hibernate ignores a lock weaker than the one held: an assessment read for update (getLocked) is given its
        // new version at once, which nothing can race since its row is locked.
        em.lock(assessment, em.getLockMode(assessment) == LockModeType.PESSIMISTIC_WRITE
                ? LockModeType.PESSIMISTIC_FORCE_INCREMENT : LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** The trends an update may cite by id: those the assessment's priorities cite, then those of its candidates. */
    private static Map<UUID, Evidence> citableTrends(StrategicAssessment assessment) {
        Map<UUID, Evidence> trends = new HashMap<>();
        for (RecommendedPriority priority : assessment.priorities) {
            for (Evidence e : priority.evidence) {
                if (e.kind == EvidenceKind.TREND) {
                    trends.putIfAbsent(e.refId, e);
                }
            }
        }
        for (CandidatePriority candidate : CandidatePriority.<CandidatePriority>list("assessmentId", assessment.id)) {
            trends.putIfAbsent(candidate.trendId, Evidence.of(EvidenceKind.TREND, candidate.trendId, candidate.trendSummary));
        }
        return trends;
    }

    /**
     * Sets the priorities in the order given. A priority that is one of the assessment's keeps its id (and is changed in
     * place), so clients and the candidates accepted into it keep their link: matched by the id sent back with it, or,
     * when no priority of the request has an id (a client that sends none), by its title. The others get new ids; the
     * assessment's priorities not matched are removed.
     */
    private void setPriorities(StrategicAssessment assessment, List<Priority> priorities, Map<UUID, Evidence> citable) {
        List<RecommendedPriority> kept = matchExisting(assessment.priorities, priorities);
        List<RecommendedPriority> result = new ArrayList<>();
        for (int i = 0; i < priorities.size(); i++) {
            Priority p = priorities.get(i);
            Set<String> categories = evidence.categories(p.categoryCodes(), "priorities[" + i + "].categoryCodes");
            List<Evidence> cited = new ArrayList<>();
            if (p.evidence() != null) {
                for (int j = 0; j < p.evidence().size(); j++) {
                    cited.add(evidence.resolve(assessment.areaCode, p.evidence().get(j),
                            "priorities[" + i + "].evidence[" + j + "]", citable));
                }
            }
            RecommendedPriority priority = kept.get(i);
            if (priority == null) {
                priority = new RecommendedPriority();
                priority.id = UUID.randomUUID();
                priority.assessment = assessment;
            }
            priority.position = i + 1;
            priority.title = p.title();
            priority.rationale = p.rationale();
            priority.categoryCodes.clear();
            priority.categoryCodes.addAll(categories);
            priority.evidence.clear();
            priority.evidence.addAll(cited);
            result.add(priority);
        }
        // Replaced in one step: a kept priority is in the collection before and after, so it is updated, not deleted.
        assessment.priorities.clear();
        assessment.priorities.addAll(result);
    }

    /**
     * For each requested priority, the assessment's priority it is, or null for a new one: by the id it carries (one of
     * the assessment's, at most once, else a 400 naming it); when none carries an id, the first not yet matched with the
     * same title.
     */
    private static List<RecommendedPriority> matchExisting(List<RecommendedPriority> current, List<Priority> requested) {
        Map<UUID, RecommendedPriority> byId = new HashMap<>();
        current.forEach(p -> byId.put(p.id, p));
        List<RecommendedPriority> matched = new ArrayList<>(Collections.nCopies(requested.size(), null));
        Set<UUID> claimed = new HashSet<>();
        boolean byIds = requested.stream().anyMatch(p -> p.id() != null);
        for (int i = 0; i < requested.size(); i++) {
            UUID id = requested.get(i).id();
            if (byIds) {
                if (id == null) {
                    continue;
                }
                if (!byId.containsKey(id)) {
                    throw ApiException.invalidField("priorities[" + i + "].id", "priority " + id
                            + " is not one of this assessment's; leave id out for a new priority");
                }
                if (!claimed.add(id)) {
                    throw ApiException.invalidField("priorities[" + i + "].id", "priority " + id + " is given twice");
                }
                matched.set(i, byId.get(id));
            } else {
                String title = requested.get(i).title();
                Optional<RecommendedPriority> same = current.stream()
                        .filter(p -> !claimed.contains(p.id) && p.title.equals(title)).findFirst();
                if (same.isPresent()) {
                    claimed.add(same.get().id);
                    matched.set(i, same.get());
                }
            }
        }
        return matched;
    }
}
