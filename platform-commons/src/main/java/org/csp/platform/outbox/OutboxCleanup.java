package org.csp.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Removes rows that were sent longer ago than the retention; deleting twice from two replicas is harmless. */
@ApplicationScoped
public class OutboxCleanup {
    @Inject
    EventsConfig config;
    @Inject
    Clock clock;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void removeSent() {
        OutboxEvent.delete("sentAt < ?1", clock.instant().minus(config.relay().retention()));
    }
}
