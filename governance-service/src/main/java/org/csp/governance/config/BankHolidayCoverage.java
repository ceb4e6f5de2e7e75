package org.csp.governance.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.csp.governance.domain.WorkingDayCalendar;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * How far the configured bank holidays reach. Referral deadlines after the last configured year skip weekends only, so the
 * service says so: a warning at start when next year is not covered, and the readiness check "Bank holidays" with
 * {@code configuredThrough} and {@code coversNextYear}. The check is always UP: a short list makes deadlines less exact,
 * it does not stop the service working.
 */
@Readiness
@ApplicationScoped
public class BankHolidayCoverage implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BankHolidayCoverage.class);

    @Inject
    GovernanceConfig config;
    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent event) {
        if (!coversNextYear()) {
            LOG.warnf("governance.calendar.bank-holidays reaches %s only: referral deadlines in %s or later will count weekends but "
                    + "not bank holidays; extend the list", lastYear().map(Year::toString).orElse("no year"), Year.now(clock).plusYears(1));
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Bank holidays").up()
                .withData("configuredThrough", lastYear().map(Year::getValue).orElse(0))
                .withData("coversNextYear", coversNextYear())
                .build();
    }

    private Optional<Year> lastYear() {
        return calendar().lastYear();
    }

    /** A deadline is at most a few weeks ahead: next year must be covered before this one ends. */
    private boolean coversNextYear() {
        return calendar().covers(LocalDate.now(clock).plusYears(1));
    }

    private WorkingDayCalendar calendar() {
        return config.referralRule().calendar();
    }
}
