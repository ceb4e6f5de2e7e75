package org.csp.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** The rules a meeting keeps about its own minutes. */
class MeetingTest {

    static final UUID COMMITTEE = UUID.randomUUID();

    static Meeting meeting(String date, MeetingStatus status) {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.bodyId = COMMITTEE;
        m.date = LocalDate.parse(date);
        m.status = status;
        m.minutesStatus = MinutesStatus.DRAFT;
        return m;
    }

    @Test
    void minutesAreApprovedOnlyAtALaterMeetingOfTheSameBodyThatWasHeld() {
        Meeting february = meeting("2019-02-12", MeetingStatus.HELD);
        for (MeetingStatus notHeld : new MeetingStatus[] {MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED}) {
            ApiException refused = assertThrows(ApiException.class, () -> february.approveMinutesAt(meeting("2019-03-19", notHeld), LocalDate.parse("2019-03-20")));
            assertEquals("minutes-approval-meeting", refused.type());
            assertEquals(422, refused.status());
            assertEquals(notHeld.name(), refused.extensions().get("approvedAtMeetingStatus"));
            assertEquals(MinutesStatus.DRAFT, february.minutesStatus, "nothing changes");
        }
        Meeting march = meeting("2019-03-19", MeetingStatus.HELD);
        february.approveMinutesAt(march, LocalDate.parse("2019-03-20"));
        assertEquals(MinutesStatus.APPROVED, february.minutesStatus);
        assertEquals(march.id, february.minutesApprovedAtMeetingId);
    }

    @Test
    void minutesApprovedBeforeTheyWerePublishedArePublishedTheDayTheApprovalIsRecorded() {
        Meeting unpublished = meeting("2019-02-12", MeetingStatus.HELD);
        assertTrue(unpublished.approveMinutesAt(meeting("2019-03-19", MeetingStatus.HELD), LocalDate.parse("2019-03-20")));
        assertEquals(LocalDate.parse("2019-03-20"), unpublished.minutesPublishedOn);

        Meeting published = meeting("2019-02-12", MeetingStatus.HELD);
        published.minutesPublishedOn = LocalDate.parse("2019-02-14");
        assertFalse(published.approveMinutesAt(meeting("2019-03-19", MeetingStatus.HELD), LocalDate.parse("2019-03-20")));
        assertEquals(LocalDate.parse("2019-02-14"), published.minutesPublishedOn, "the publication date stays");
    }

    @Test
    void onlyACancelledMeetingHasACancellationReason() {
        for (MeetingStatus other : new MeetingStatus[] {MeetingStatus.SCHEDULED, MeetingStatus.HELD}) {
            Meeting scheduled = meeting("2019-03-19", MeetingStatus.SCHEDULED);
            ApiException refused = assertThrows(ApiException.class, () -> scheduled.changeStatus(other, "Not quorate"));
            assertEquals("cancellationReason", ((ApiException.InvalidFieldException) refused).field());
            assertEquals(MeetingStatus.SCHEDULED, scheduled.status, "nothing changes");
        }
        Meeting cancelled = meeting("2019-03-19", MeetingStatus.SCHEDULED);
        cancelled.changeStatus(MeetingStatus.CANCELLED, "Not quorate");
        cancelled.changeStatus(MeetingStatus.CANCELLED, "Not quorate: four of eleven members present");
        assertEquals("Not quorate: four of eleven members present", cancelled.cancellationReason, "a correction is kept");
        cancelled.changeStatus(MeetingStatus.CANCELLED, null);
        assertEquals("Not quorate: four of eleven members present", cancelled.cancellationReason, "left out, it stays");
    }
}
