package org.csp.governance.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.csp.platform.problem.LogSafe;
import org.jboss.logging.Logger;

/** Closes referral windows on time without anyone calling the API. Safe to run on every replica. */
@ApplicationScoped
public class ReferralWindowJob {

    private static final Logger LOG = Logger.getLogger(ReferralWindowJob.class);

    @Inject
    DecisionService decisions;

    @Scheduled(every = "${governance.referral.close-every:60s}", delayed = "${governance.referral.close-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeDueWindows() {
        try {
            int closed;
            do {
                closed = decisions.closeDueWindows();
                if (closed > 0) {
                    LOG.infof("%d decision(s) took effect as their referral windows closed", closed);
                }
            } while (closed == 100);
        } catch (RuntimeException e) {
            LOG.warnf("closing referral windows failed, will retry: %s", LogSafe.clean(e));
        }
    }
}
