package org.csp.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csp.governance.domain.ReferralRule.CountFrom;
import org.csp.governance.domain.ReferralRule.DayKind;
import org.junit.jupiter.api.Test;

/** The referral (call-in) deadline is computed from configuration: period, day kind, start, calendar, exemptions. */
class ReferralRuleTest {

    static final WorkingDayCalendar ENGLAND_AND_WALES_2019 = new WorkingDayCalendar(List.of(
            LocalDate.of(2019, 1, 1), LocalDate.of(2019, 4, 19), LocalDate.of(2019, 4, 22), LocalDate.of(2019, 5, 6),
            LocalDate.of(2019, 5, 27), LocalDate.of(2019, 8, 26), LocalDate.of(2019, 12, 25), LocalDate.of(2019, 12, 26)));

    static ReferralRule rule(int days, DayKind kind, CountFrom from) {
        return new ReferralRule(days, kind, from, true, true, true, Set.of(BodyKind.COUNCIL), 3,
                "Policy and Resources Committee", ENGLAND_AND_WALES_2019);
    }

    static final ReferralRule MAIDSTONE = rule(10, DayKind.WORKING, CountFrom.MEETING);

    @Test
    void maidstonesTenWorkingDaysFromTheMeetingOf12February2019EndOn26February2019() {
        assertEquals(Optional.of(LocalDate.of(2019, 2, 26)), MAIDSTONE.deadline(LocalDate.of(2019, 2, 12), null));
    }

    @Test
    void fourteenCalendarDaysFromTheMeetingAlsoEndOn26February2019() {
        assertEquals(Optional.of(LocalDate.of(2019, 2, 26)),
                rule(14, DayKind.CALENDAR, CountFrom.MEETING).deadline(LocalDate.of(2019, 2, 12), null));
    }

    @Test
    void easterBankHolidaysAndWeekendsAreNotWorkingDays() {
        // Council, Wednesday 10 April 2019: Good Friday 19 and Easter Monday 22 April are skipped
        assertEquals(Optional.of(LocalDate.of(2019, 4, 26)), MAIDSTONE.deadline(LocalDate.of(2019, 4, 10), null));
        assertTrue(!ENGLAND_AND_WALES_2019.isWorkingDay(LocalDate.of(2019, 4, 19)));
        assertTrue(!ENGLAND_AND_WALES_2019.isWorkingDay(LocalDate.of(2019, 2, 16)));
        assertTrue(ENGLAND_AND_WALES_2019.isWorkingDay(LocalDate.of(2019, 2, 26)));
    }

    @Test
    void countingFromPublicationOfTheMinutesWaitsForThem() {
        ReferralRule fromMinutes = rule(5, DayKind.WORKING, CountFrom.MINUTES_PUBLISHED);
        assertEquals(Optional.empty(), fromMinutes.deadline(LocalDate.of(2019, 2, 12), null));
        assertEquals(Optional.of(LocalDate.of(2019, 2, 26)), fromMinutes.deadline(LocalDate.of(2019, 2, 12), LocalDate.of(2019, 2, 19)));
    }

    @Test
    void aCalendarDeadlineOnAWeekendOrBankHolidayMovesToTheNextWorkingDay() {
        // 12 April 2019 + 7 days = Good Friday 19 April -> Tuesday 23 April
        assertEquals(Optional.of(LocalDate.of(2019, 4, 23)),
                rule(7, DayKind.CALENDAR, CountFrom.MEETING).deadline(LocalDate.of(2019, 4, 12), null));
        ReferralRule noRoll = new ReferralRule(7, DayKind.CALENDAR, CountFrom.MEETING, false, true, true, Set.of(), 3, "P&R",
                ENGLAND_AND_WALES_2019);
        assertEquals(Optional.of(LocalDate.of(2019, 4, 19)), noRoll.deadline(LocalDate.of(2019, 4, 12), null));
    }

    @Test
    void urgentItemsRecommendationsAndCouncilDecisionsAreExemptFromReferral() {
        assertTrue(MAIDSTONE.exemption(true, DecisionKind.DECIDES, BodyKind.COMMITTEE).isPresent());
        assertTrue(MAIDSTONE.exemption(false, DecisionKind.RECOMMENDS, BodyKind.COMMITTEE).isPresent());
        assertTrue(MAIDSTONE.exemption(false, DecisionKind.DECIDES, BodyKind.COUNCIL).isPresent());
        assertTrue(MAIDSTONE.exemption(false, DecisionKind.DECIDES, BodyKind.COMMITTEE).isEmpty());
    }

    @Test
    void aGivenMinuteNumberRunsOnFromTheLastWithoutAGapExceptTheFirstOfTheYear() {
        assertTrue(MunicipalYear.runsOn(null, 138), "the year's first minute continues from the paper minutes");
        assertTrue(MunicipalYear.runsOn(11, 12));
        assertTrue(!MunicipalYear.runsOn(11, 11));
        assertTrue(!MunicipalYear.runsOn(11, 500));
    }

    @Test
    void theMunicipalYearRunsFromMayToMay() {
        assertEquals("2018-19", MunicipalYear.of(LocalDate.of(2019, 2, 12), java.time.MonthDay.of(5, 1)));
        assertEquals("2018-19", MunicipalYear.of(LocalDate.of(2018, 5, 1), java.time.MonthDay.of(5, 1)));
        assertEquals("2019-20", MunicipalYear.of(LocalDate.of(2019, 5, 1), java.time.MonthDay.of(5, 1)));
        assertEquals("1999-00", MunicipalYear.of(LocalDate.of(2000, 1, 1), java.time.MonthDay.of(5, 1)));
    }
}
