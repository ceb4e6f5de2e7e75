package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.csp.governance.Fixtures.OFFICER;
import static org.csp.governance.Fixtures.etag;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** Referral windows counted from the publication of the minutes (governance.referral.count-from=MINUTES_PUBLISHED). */
@QuarkusTest
@TestProfile(ReferralFromMinutesTest.CountFromMinutes.class)
class ReferralFromMinutesTest {

    public static class CountFromMinutes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("governance.referral.count-from", "MINUTES_PUBLISHED");
        }
    }

    @Inject
    PlatformClock clock;

    @Test
    void minutesApprovedBeforeTheyWerePublishedArePublishedByTheApprovalAndTheWindowsOpen() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Report", "null");
        String decision = Fixtures.decide(c.meetingId(), item, Fixtures.unanimous("That the report be noted.", "DECIDES", null, "NOTE"))
                .then().statusCode(201).body("status", equalTo("AWAITING_MINUTES")).body("referralDeadline", equalTo(null))
                .extract().path("id");

        Fixtures.setClock(clock, "2019-03-19T20:00:00Z");
        String march = Fixtures.meeting(c.bodyId(), "2019-03-19");
        Fixtures.hold(march, "2019-03-19");
        given().auth().oauth2(OFFICER).contentType("application/json").header("If-Match", etag("/api/v1/meetings/{id}", c.meetingId()))
                .body("{\"approvedAtMeetingId\":\"%s\"}".formatted(march))
                .post("/api/v1/meetings/{id}/minutes/approval", c.meetingId())
                .then().statusCode(200).body("minutesStatus", equalTo("APPROVED")).body("minutesPublishedOn", equalTo("2019-03-19"));
        given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", decision).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("referralDeadline", equalTo("2019-04-02"));
    }

    @Test
    void minutesPublishedBeforeApprovalKeepTheirPublicationDate() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Report", "null");
        String decision = Fixtures.decide(c.meetingId(), item, Fixtures.unanimous("That the report be noted.", "DECIDES", null, "NOTE"))
                .then().statusCode(201).extract().path("id");
        Fixtures.setClock(clock, "2019-02-14T09:00:00Z");
        given().auth().oauth2(OFFICER).header("If-Match", etag("/api/v1/meetings/{id}", c.meetingId()))
                .post("/api/v1/meetings/{id}/minutes/publication", c.meetingId()).then().statusCode(200);
        given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", decision).then()
                .body("status", equalTo("OPEN")).body("referralDeadline", equalTo("2019-02-28"));

        Fixtures.setClock(clock, "2019-03-19T20:00:00Z");
        String march = Fixtures.meeting(c.bodyId(), "2019-03-19");
        Fixtures.hold(march, "2019-03-19");
        given().auth().oauth2(OFFICER).contentType("application/json").header("If-Match", etag("/api/v1/meetings/{id}", c.meetingId()))
                .body("{\"approvedAtMeetingId\":\"%s\"}".formatted(march))
                .post("/api/v1/meetings/{id}/minutes/approval", c.meetingId())
                .then().statusCode(200).body("minutesPublishedOn", equalTo("2019-02-14"));
        given().auth().oauth2(OFFICER).get("/api/v1/decisions/{id}", decision).then().body("referralDeadline", equalTo("2019-02-28"));
    }
}
