package org.csp.governance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.csp.governance.domain.ReferralRule;
import org.csp.governance.domain.WorkingDayCalendar;

/** The council's governance rules: call-in, working days, municipal year and obligations. Configuration, not code. */
@ConfigMapping(prefix = "governance")
public interface GovernanceConfig {

    Referral referral();

    Calendar calendar();

    Obligations obligations();

    /** The council's name at the head of the minutes. */
    @WithDefault("Maidstone Borough Council")
    String councilName();

    /** First day of the municipal year (minute numbers run on from it), as --MM-DD. */
    @WithDefault("--05-01")
    MonthDay municipalYearStart();

    interface Referral {
        /** Length of the referral window. */
        @WithDefault("10")
        int periodDays();

        /** WORKING or CALENDAR days. */
        @WithDefault("WORKING")
        ReferralRule.DayKind dayKind();

        /** Counted from the MEETING or from MINUTES_PUBLISHED. */
        @WithDefault("MEETING")
        ReferralRule.CountFrom countFrom();

        /** With calendar days, a deadline on a weekend or bank holiday moves to the next working day. */
        @WithDefault("true")
        boolean rollToWorkingDay();

        /** Decisions on urgent items take effect at once. */
        @WithDefault("true")
        boolean exemptUrgent();

        /** Recommendations to another body are not open to referral (the other body decides). */
        @WithDefault("true")
        boolean exemptRecommendations();

        /** Kinds of body whose decisions cannot be referred (full Council's decisions are final). */
        @WithDefault("COUNCIL")
        java.util.Set<org.csp.governance.domain.BodyKind> exemptBodyKinds();

        /** Distinct current councillors who must sign a Decision Referral Form. */
        @WithDefault("3")
        int requiredSignatures();

        /** The body a referred decision goes to. */
        @WithDefault("Policy and Resources Committee")
        String referralBody();

        /** How often the job that closes referral windows runs. */
        @WithDefault("60s")
        String closeEvery();

        /** How long after start the job first runs. */
        @WithDefault("5s")
        String closeDelay();
    }

    interface Calendar {
        /**
         * Bank holidays (not working days): England and Wales 2018-2030 in application.properties, where ops extend or
         * override them (GOVERNANCE_CALENDAR_BANK_HOLIDAYS). Days after the last listed year count weekends only.
         */
        List<LocalDate> bankHolidays();

        /** How long a calendar subscription's secret address works before its owner must make a new one. */
        @WithDefault("P365D")
        Duration subscriptionValidity();

        /** Active (neither expired nor revoked) calendar subscriptions one person may hold at once. */
        @WithDefault("10")
        int maxSubscriptionsPerPerson();
    }

    interface Obligations {
        /** The crime and disorder committee scrutinises each published Strategic Assessment within this period. */
        @WithDefault("P60D")
        Duration scrutinyWithin();

        /** An obligation is drafted onto the last scheduled meeting within this period before it is due. */
        @WithDefault("P120D")
        Duration agendaWindow();

        /** A plan recommended by committee is due for adoption by Council within this period of its start. */
        @WithDefault("P30D")
        Duration adoptionAfterPlanStart();
    }

    default ReferralRule referralRule() {
        Referral r = referral();
        return new ReferralRule(r.periodDays(), r.dayKind(), r.countFrom(), r.rollToWorkingDay(), r.exemptUrgent(),
                r.exemptRecommendations(), r.exemptBodyKinds(), r.requiredSignatures(), r.referralBody(),
                new WorkingDayCalendar(calendar().bankHolidays()));
    }
}
