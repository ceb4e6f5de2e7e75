package org.csp.governance.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.csp.platform.problem.ApiException;

/**
 * A Decision Referral Form is valid when it arrives by the deadline, with reasons, signed by at least
 * the required number of distinct councillors, each a councillor on the day it is submitted.
 */
public final class ReferralCheck {
    private ReferralCheck() {
    }

    /** A form is accepted up to the end of the deadline day. */
    public static void requireInTime(LocalDate today, LocalDate deadline) {
        if (today.isAfter(deadline)) {
            throw ApiException.rule("referral-late", "the referral deadline was " + deadline + "; referrals are no longer accepted")
                    .with("referralDeadline", deadline.toString()).with("today", today.toString());
        }
    }

    /** @param councillors finds a councillor by id, or null when there is none */
    public static void check(LocalDate today, LocalDate deadline, List<UUID> signatures, int required,
            Function<UUID, Councillor> councillors) {
        requireInTime(today, deadline);
        Set<UUID> distinct = new HashSet<>();
        for (UUID id : signatures) {
            if (!distinct.add(id)) {
                throw ApiException.rule("duplicate-signature", "councillor " + id + " signed the form more than once; each signature must be a different councillor")
                        .with("councillorId", id);
            }
        }
        for (UUID id : signatures) {
            Councillor c = councillors.apply(id);
            if (c == null || !c.isCurrentOn(today)) {
                throw ApiException.rule("non-councillor-signature", (c == null ? id + " is not a councillor"
                        : c.name + " is not a serving councillor on " + today) + "; only current councillors may sign")
                        .with("councillorId", id);
            }
        }
        if (distinct.size() < required) {
            throw ApiException.rule("referral-under-signed", "the form has " + distinct.size() + " councillors' signatures; "
                    + required + " are required").with("signatures", distinct.size()).with("required", required);
        }
    }
}
