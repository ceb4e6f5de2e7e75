package org.csp.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** A Decision Referral Form: on time, with at least three distinct current councillors' signatures. */
class ReferralCheckTest {

    static final LocalDate DEADLINE = LocalDate.of(2019, 2, 26);
    final Map<UUID, Councillor> councillors = new HashMap<>();

    UUID councillor(String name, LocalDate termEnd) {
        Councillor c = new Councillor();
        c.id = UUID.randomUUID();
        c.name = name;
        c.termStart = LocalDate.of(2015, 5, 7);
        c.termEnd = termEnd;
        councillors.put(c.id, c);
        return c.id;
    }

    String refusal(LocalDate today, List<UUID> signatures) {
        return assertThrows(ApiException.class, () -> ReferralCheck.check(today, DEADLINE, signatures, 3, councillors::get)).type();
    }

    @Test
    void aFormSignedByThreeCurrentCouncillorsOnTheDeadlineDayIsValid() {
        ReferralCheck.check(DEADLINE, DEADLINE, List.of(councillor("Garten", null), councillor("Joy", null), councillor("Powell", null)),
                3, councillors::get);
    }

    @Test
    void aFormAfterTheDeadlineIsLate() {
        List<UUID> three = List.of(councillor("Garten", null), councillor("Joy", null), councillor("Powell", null));
        assertEquals("referral-late", refusal(DEADLINE.plusDays(1), three));
    }

    @Test
    void twoSignaturesAreNotEnough() {
        assertEquals("referral-under-signed", refusal(DEADLINE, List.of(councillor("Garten", null), councillor("Joy", null))));
    }

    @Test
    void oneCouncillorSigningTwiceIsRefused() {
        UUID garten = councillor("Garten", null);
        assertEquals("duplicate-signature", refusal(DEADLINE, List.of(garten, councillor("Joy", null), garten)));
    }

    @Test
    void onlyCurrentCouncillorsMaySign() {
        assertEquals("non-councillor-signature", refusal(DEADLINE,
                List.of(councillor("Garten", null), councillor("Joy", null), UUID.randomUUID())));
        assertEquals("non-councillor-signature", refusal(DEADLINE,
                List.of(councillor("Garten", null), councillor("Joy", null), councillor("Retired", LocalDate.of(2018, 5, 3)))));
    }
}
