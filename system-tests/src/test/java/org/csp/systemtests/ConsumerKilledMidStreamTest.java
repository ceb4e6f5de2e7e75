package org.csp.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.systemtests.SystemUnderTest.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * plan-service killed with SIGKILL while it is consuming a stream of published assessments (no graceful
 * shutdown: offsets not committed, a transaction possibly cut off), the stream going on while it is down,
 * then restarted: every assessment's priorities become proposals exactly once. The stream is assessments
 * published through assessment-service followed by a burst of {@code assessment-published} events as
 * docs/events.md defines them, so the consumer is still busy when it is killed.
 */
@ExtendWith(TheSystem.class)
@Order(Order.DEFAULT + 4)
class ConsumerKilledMidStreamTest {

    static final int PUBLISHED = 5;
    static final int BURST = 60;
    static final int WHILE_DOWN = 20;

    @AfterAll
    static void restore() {
        TheSystem.restore();
    }

    @Test
    void aConsumerKilledMidStreamAndRestartedLosesNoEventAndDoublesNoEffect() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> assessments = new ArrayList<>();
        for (int i = 0; i < PUBLISHED; i++) {
            assessments.add(Traffic.publishAssessment("kill-" + tag + "-" + i));
        }
        assessments.addAll(burst(tag + "-burst", BURST));
        // mid-stream: the consumer has started on the burst but not finished it
        await().atMost(Duration.ofSeconds(90)).until(() -> !Traffic.proposals(assessments.get(PUBLISHED)).isEmpty());
        boolean finishedBeforeKill = Traffic.proposals(assessments.get(assessments.size() - 1)).size() == Traffic.PRIORITIES;
        TheSystem.get().killService(Service.PLAN);
        assessments.addAll(burst(tag + "-down", WHILE_DOWN));
        TheSystem.get().startService(Service.PLAN);
        System.out.println("[kill] plan-service killed " + (finishedBeforeKill ? "after it had finished" : "in the middle of")
                + " the burst of " + BURST + " events");

        FaultCounts.awaitSettled(() -> count(assessments), Duration.ofMinutes(3)).printAndCheck();
    }

    /** Sends {@code n} assessment-published v1 events with two priorities each; returns their assessment ids. */
    static List<String> burst(String tag, int n) {
        List<String> ids = new ArrayList<>();
        List<Topics.Outgoing> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            records.add(new Topics.Outgoing(id, Topics.cloudEvent("assessment", "assessment-published", 1, "strategic-assessment/" + id), """
                    {"assessmentId":"%s","areaCode":"kill-%s-%d","financialYear":"2019-20","title":"Strategic Assessment %d",
                     "publishedAt":"2019-01-20T10:00:00Z","priorities":[
                       {"recommendationId":"%s","position":1,"title":"First %d","rationale":"Rising","categoryCodes":[],"evidence":[]},
                       {"recommendationId":"%s","position":2,"title":"Second %d","rationale":"Rising","categoryCodes":[],"evidence":[]}]}"""
                    .formatted(id, tag, i, i, UUID.randomUUID(), i, UUID.randomUUID(), i)));
        }
        Topics.sendAll(Topics.ASSESSMENT, records);
        return ids;
    }

    static FaultCounts count(List<String> assessments) {
        FaultCounts c = new FaultCounts("consumer (plan-service) killed with SIGKILL mid-stream and restarted");
        c.sent = assessments.size();
        c.delivered = Traffic.distinctEvents(Topics.ASSESSMENT, new HashSet<>(assessments), "assessment-published", c);
        for (String assessment : assessments) {
            Map<String, Integer> proposals = Traffic.proposals(assessment);
            c.expectedEffects += Traffic.PRIORITIES;
            c.effects += proposals.size();
            c.duplicates += proposals.values().stream().mapToInt(n -> n - 1).sum();
            c.lost += Traffic.PRIORITIES - proposals.size();
        }
        return c;
    }
}
