package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.assessment.config.AssessmentConfig;
import org.csp.assessment.domain.CandidatePriority;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.domain.Evidence;
import org.csp.assessment.domain.EvidenceKind;
import org.csp.assessment.domain.RecommendedPriority;
import org.csp.assessment.domain.StrategicAssessment;
import org.csp.assessment.domain.TrendFigure;
import org.csp.assessment.domain.TrendReport;
import org.csp.assessment.rest.AssessmentDtos.AcceptCandidate;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.problem.ApiException;

/**
 * Proposes candidate priorities from the largest significant rises (thresholds in {@code csp.assessment.candidates.*}):
 * not small numbers, not unavailable, rising by at least the configured percentage to at least the configured
 * count. An officer accepts (as is or edited) or drops each; accepting adds a recommended priority that links the trend.
 */
@ApplicationScoped
public class CandidateService {

    @Inject
    AssessmentService assessments;
    @Inject
    TrendService trends;
    @Inject
    AssessmentConfig config;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public List<CandidatePriority> propose(UUID assessmentId, String previous, String current, String sourceCode) {
        StrategicAssessment assessment = assessments.get(assessmentId);
        assessment.requireDraft();
        TrendReport report = trends.trends(assessment.areaCode, sourceCode, previous, current, null);
        AssessmentConfig.Candidates thresholds = config.candidates();
        List<TrendFigure> rises = report.figures().stream()
                .filter(f -> !f.unavailable() && !f.smallNumbers() && f.changePercent() != null)
                .filter(f -> !CrimeCategory.ALL_CRIME.equals(f.categoryCode()))
                .filter(f -> f.changePercent().compareTo(BigDecimal.valueOf(thresholds.minRisePercent())) >= 0)
                .filter(f -> f.currentCount() >= thresholds.minCurrentCount())
                .sorted(Comparator.comparing(TrendFigure::changePercent).reversed())
                .limit(Math.max(0, thresholds.maxCandidates()))
                .toList();
        int created = 0;
        for (TrendFigure rise : rises) {
            if (CandidatePriority.count("assessmentId = ?1 and trendId = ?2", assessmentId, rise.id()) > 0) {
                continue;
            }
            CandidatePriority candidate = new CandidatePriority();
            candidate.id = UUID.randomUUID();
            candidate.assessmentId = assessmentId;
            candidate.categoryCode = rise.categoryCode();
            candidate.title = rise.categoryName();
            String notes = rise.notes().isEmpty() ? "" : " Note: " + String.join("; ", rise.notes());
            candidate.rationale = clip(rise.summary() + "." + notes, 4000);
            candidate.trendId = rise.id();
            candidate.trendSummary = clip(rise.summary(), 500);
            candidate.changePercent = rise.changePercent();
            candidate.status = CandidatePriority.Status.PROPOSED;
            candidate.createdAt = clock.instant();
            candidate.persist();
            created++;
        }
        audit.record("strategic-assessment", assessmentId, "assessment.candidates-proposed",
                Map.of("previous", previous, "current", current, "source", report.sourceCode(), "created", created));
        return list(assessmentId);
    }

    public List<CandidatePriority> list(UUID assessmentId) {
        assessments.get(assessmentId);
        return CandidatePriority.list("assessmentId = ?1 order by changePercent desc nulls last, categoryCode", assessmentId);
    }

    /**
     * Accepting and dropping lock the assessment first, so decisions on its candidates happen one at a time: of two
     * decisions on one candidate at once, the second reads the first's outcome and is refused (candidate-decided).
     */
    @Transactional
    public StrategicAssessment accept(UUID assessmentId, UUID candidateId, String ifMatch, AcceptCandidate edits) {
        StrategicAssessment assessment = assessments.getLocked(assessmentId);
        assessment.requireDraft();
        Etags.requireMatch(ifMatch, assessment.version);
        CandidatePriority candidate = candidate(assessmentId, candidateId);
        candidate.requireProposed();
        RecommendedPriority priority = new RecommendedPriority();
        priority.id = UUID.randomUUID();
        priority.assessment = assessment;
        priority.position = assessment.priorities.size() + 1;
        priority.title = edits != null && edits.title() != null && !edits.title().isBlank() ? edits.title() : candidate.title;
        priority.rationale = edits != null && edits.rationale() != null && !edits.rationale().isBlank() ? edits.rationale()
                : candidate.rationale;
        priority.categoryCodes.add(candidate.categoryCode);
        priority.evidence.add(Evidence.of(EvidenceKind.TREND, candidate.trendId, candidate.trendSummary));
        assessment.priorities.add(priority);
        candidate.status = CandidatePriority.Status.ACCEPTED;
        candidate.priorityId = priority.id;
        assessments.touch(assessment);
        audit.record("strategic-assessment", assessmentId, "assessment.candidate-accepted",
                Map.of("candidateId", candidateId, "priorityId", priority.id, "title", priority.title));
        return assessment;
    }

    /**
     * Dropping is a decision on the assessment like accepting: it needs the assessment's ETag in If-Match and gives the
     * assessment a new version, so a decision taken on a stale view of either kind is refused (412).
     */
    @Transactional
    public Dropped drop(UUID assessmentId, UUID candidateId, String ifMatch) {
        StrategicAssessment assessment = assessments.getLocked(assessmentId);
        assessment.requireDraft();
        Etags.requireMatch(ifMatch, assessment.version);
        CandidatePriority candidate = candidate(assessmentId, candidateId);
        candidate.requireProposed();
        candidate.status = CandidatePriority.Status.DROPPED;
        assessments.touch(assessment);
        audit.record("strategic-assessment", assessmentId, "assessment.candidate-dropped", Map.of("candidateId", candidateId));
        return new Dropped(candidate, assessment);
    }

    /** The dropped candidate and its assessment, whose version (its ETag) the drop moved on. */
    public record Dropped(CandidatePriority candidate, StrategicAssessment assessment) {
    }

    private static CandidatePriority candidate(UUID assessmentId, UUID candidateId) {
        CandidatePriority candidate = CandidatePriority.findById(candidateId);
        if (candidate == null || !candidate.assessmentId.equals(assessmentId)) {
            throw ApiException.notFound("candidate", candidateId);
        }
        return candidate;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
