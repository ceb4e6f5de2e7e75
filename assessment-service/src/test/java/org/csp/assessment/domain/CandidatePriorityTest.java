package org.csp.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CandidatePriorityTest {

    static CandidatePriority accepted(UUID trendId) {
        CandidatePriority candidate = new CandidatePriority();
        candidate.id = UUID.randomUUID();
        candidate.trendId = trendId;
        candidate.status = CandidatePriority.Status.ACCEPTED;
        candidate.priorityId = UUID.randomUUID();
        return candidate;
    }

    static RecommendedPriority citing(EvidenceKind kind, UUID refId) {
        RecommendedPriority priority = new RecommendedPriority();
        priority.id = UUID.randomUUID();
        priority.evidence.add(Evidence.of(kind, refId, "summary"));
        return priority;
    }

    @Test
    void anAcceptedCandidateFollowsTheFirstPriorityThatStillCitesItsTrend() {
        UUID trend = UUID.randomUUID();
        CandidatePriority candidate = accepted(trend);
        RecommendedPriority other = citing(EvidenceKind.TREND, UUID.randomUUID());
        RecommendedPriority first = citing(EvidenceKind.TREND, trend);
        RecommendedPriority second = citing(EvidenceKind.TREND, trend);
        assertFalse(candidate.followPriorities(List.of(other, first, second)));
        assertEquals(CandidatePriority.Status.ACCEPTED, candidate.status);
        assertEquals(first.id, candidate.priorityId);
    }

    @Test
    void anAcceptedCandidateStaysWithThePriorityItWasAcceptedIntoWhileThatOneIsKeptAndStillCitesItsTrend() {
        UUID trend = UUID.randomUUID();
        CandidatePriority candidate = accepted(trend);
        RecommendedPriority earlier = citing(EvidenceKind.TREND, trend);
        RecommendedPriority own = citing(EvidenceKind.TREND, trend);
        own.id = candidate.priorityId;
        assertFalse(candidate.followPriorities(List.of(earlier, own)));
        assertEquals(own.id, candidate.priorityId);
        // once its own priority no longer cites the trend, the first one that does
        own.evidence.clear();
        assertFalse(candidate.followPriorities(List.of(own, earlier)));
        assertEquals(earlier.id, candidate.priorityId);
    }

    @Test
    void anAcceptedCandidateWhoseTrendNoPriorityCitesIsUndecidedAgain() {
        UUID trend = UUID.randomUUID();
        CandidatePriority candidate = accepted(trend);
        // a finding with the same id is not the trend
        assertTrue(candidate.followPriorities(List.of(citing(EvidenceKind.FINDING, trend))));
        assertEquals(CandidatePriority.Status.PROPOSED, candidate.status);
        assertNull(candidate.priorityId);
    }

    @Test
    void aDroppedOrUndecidedCandidateIsLeftAsItIs() {
        UUID trend = UUID.randomUUID();
        CandidatePriority dropped = accepted(trend);
        dropped.status = CandidatePriority.Status.DROPPED;
        dropped.priorityId = null;
        assertFalse(dropped.followPriorities(List.of(citing(EvidenceKind.TREND, trend))));
        assertEquals(CandidatePriority.Status.DROPPED, dropped.status);
        assertNull(dropped.priorityId);
    }
}
