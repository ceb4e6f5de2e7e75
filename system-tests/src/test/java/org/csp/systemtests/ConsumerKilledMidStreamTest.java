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
 * shutdown: offsets not committed, transactions cut off), the stream going on while it is down, then
 * restarted: every assessment's priorities become proposals exactly once.
 */
@ExtendWith(TheSystem.class)
@Order(Order.DEFAULT + 4)
class ConsumerKilledMidStreamTest {

    static final int BEFORE_KILL = 12;
    static final int WHILE_DOWN = 8;

    @AfterAll
    static void restore() {
        TheSystem.restore();
    }

    @Test
    void aConsumerKilledMidStreamAndRestartedLosesNoEventAndDoublesNoEffect() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> assessments = new ArrayList<>();
        for (int i = 0; i < BEFORE_KILL; i++) {
            assessments.add(Traffic.publishAssessment("kill-" + tag + "-" + i));
        }
        // mid-stream: the consumer has started on the stream but not finished it
        await().atMost(Duration.ofSeconds(60)).until(() -> !Traffic.proposals(assessments.get(0)).isEmpty());
        boolean finishedBeforeKill = Traffic.proposals(assessments.get(BEFORE_KILL - 1)).size() == Traffic.PRIORITIES;
        TheSystem.get().killService(Service.PLAN);
        for (int i = 0; i < WHILE_DOWN; i++) {
            assessments.add(Traffic.publishAssessment("kill-" + tag + "-down-" + i));
        }
        TheSystem.get().startService(Service.PLAN);
        System.out.println("[kill] plan-service killed " + (finishedBeforeKill ? "after" : "before")
                + " it had consumed the last event published before the kill");

        FaultCounts.awaitSettled(() -> count(assessments), Duration.ofMinutes(3)).printAndCheck();
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
