package org.csp.governance.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The call-in rule: how long councillors have to refer a decision, counted from the meeting or from
 * publication of the minutes, in working or calendar days, and which decisions are exempt.
 */
public record ReferralRule(int periodDays, DayKind dayKind, CountFrom countFrom, boolean rollToWorkingDay,
        boolean exemptUrgent, boolean exemptRecommendations, Set<BodyKind> exemptBodyKinds, int requiredSignatures, String referralBody,
        WorkingDayCalendar calendar) {

    public enum DayKind { WORKING, CALENDAR }

    public enum CountFrom { MEETING, MINUTES_PUBLISHED }

    /**
     * The last day a referral may be submitted, or empty while the minutes it counts from are not yet published.
     */
    public Optional<LocalDate> deadline(LocalDate meetingDate, LocalDate minutesPublishedOn) {
        LocalDate start = countFrom == CountFrom.MEETING ? meetingDate : minutesPublishedOn;
        if (start == null) {
            return Optional.empty();
        }
        if (dayKind == DayKind.WORKING) {
            return Optional.of(calendar.plusWorkingDays(start, periodDays));
        }
        LocalDate end = start.plusDays(periodDays);
        return Optional.of(rollToWorkingDay ? calendar.onOrAfter(end) : end);
    }

    /** Why a decision is not open to referral at all, or empty when it is. */
    public Optional<String> exemption(boolean urgent, DecisionKind kind, BodyKind bodyKind) {
        if (urgent && exemptUrgent) {
            return Optional.of("urgent item: exempt from referral");
        }
        if (kind == DecisionKind.RECOMMENDS && exemptRecommendations) {
            return Optional.of("recommendation to another body: exempt from referral");
        }
        if (exemptBodyKinds.contains(bodyKind)) {
            return Optional.of("decisions of a " + bodyKind + " are not open to referral");
        }
        return Optional.empty();
    }
}
