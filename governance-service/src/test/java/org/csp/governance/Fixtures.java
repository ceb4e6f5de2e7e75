package org.csp.governance;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csp.platform.testing.KafkaTestClient;
import org.csp.platform.testing.TestTokens;
import org.csp.platform.time.PlatformClock;

/**
 * Builds test data through the API, after the minutes of the Crime and Disorder Committee of 12 February 2019.
 * Names are made unique per call so tests sharing the database do not meet.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static final String OFFICER = TestTokens.officer();

    /** Sets the shared platform clock to an absolute moment. */
    public static void setClock(PlatformClock clock, String instant) {
        clock.shift(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    public static Response post(String path, String json, Object... params) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(json).post(path, params);
    }

    public static Response put(String path, String etag, String json, Object... params) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("If-Match", etag).body(json).put(path, params);
    }

    public static String etag(String path, Object... params) {
        return given().auth().oauth2(OFFICER).get(path, params).then().statusCode(200).extract().header("ETag");
    }

    public static String body(String name, String kind, boolean crimeAndDisorder) {
        return post("/api/v1/bodies", """
                {"name":"%s","kind":"%s","actingAs":%s,"crimeAndDisorderCommittee":%s}"""
                .formatted(name + " " + UUID.randomUUID(), kind, crimeAndDisorder ? "\"the Crime and Disorder Committee\"" : "null",
                        crimeAndDisorder)).then().statusCode(201).extract().path("id");
    }

    public static String councillor(String name) {
        return post("/api/v1/councillors", """
                {"name":"%s","termStart":"2015-05-07"}""".formatted(name)).then().statusCode(201).extract().path("id");
    }

    public static void member(String bodyId, String councillorId, String role) {
        post("/api/v1/bodies/{id}/memberships", """
                {"councillorId":"%s","role":"%s","startsOn":"2018-05-16"}""".formatted(councillorId, role), bodyId)
                .then().statusCode(200);
    }

    public static String meeting(String bodyId, String date) {
        return post("/api/v1/meetings", """
                {"bodyId":"%s","date":"%s","startTime":"18:30","endTime":"19:30","location":"Town Hall, High Street, Maidstone"}"""
                .formatted(bodyId, date)).then().statusCode(201).extract().path("id");
    }

    public static void hold(String meetingId, String date) {
        put("/api/v1/meetings/{id}", etag("/api/v1/meetings/{id}", meetingId), """
                {"date":"%s","startTime":"18:30","endTime":"19:30","location":"Town Hall, High Street, Maidstone","status":"HELD"}"""
                .formatted(date), meetingId).then().statusCode(200);
    }

    public static String item(String meetingId, String kind, String title, String subjectJson) {
        return post("/api/v1/meetings/{id}/items", """
                {"kind":"%s","title":"%s","subject":%s}""".formatted(kind, title, subjectJson), meetingId)
                .then().statusCode(201).extract().path("id");
    }

    public static Response decide(String meetingId, String itemId, String json) {
        return post("/api/v1/meetings/{m}/items/{i}/decision", json, meetingId, itemId);
    }

    public static String unanimous(String resolution, String kind, String recommendedTo, String action) {
        return """
                {"resolution":"%s","voting":{"unanimous":true},"kind":"%s","recommendedToBodyId":%s,"action":"%s"}"""
                .formatted(resolution, kind, recommendedTo == null ? "null" : "\"" + recommendedTo + "\"", action);
    }

    /**
     * Finds the records of one decision on csp.governance.events, of the given ce_type (any when null), by ce_subject:
     * the record key is the id of the decision's subject, which several decisions can share.
     */
    public static Predicate<ConsumerRecord<String, String>> decisionEvent(String decisionId, String ceType) {
        return r -> ("decision/" + decisionId).equals(KafkaTestClient.header(r, "ce_subject"))
                && (ceType == null || ceType.equals(KafkaTestClient.header(r, "ce_type")));
    }

    /** The plan's two bodies: the committee that recommends (chaired by D Mortimer) and Council (the Mayor chairs, D Mortimer sits). */
    public record PlanBodies(String committee, String council, String chair, String mayor) {
    }

    public static PlanBodies committeeAndCouncil() {
        String committee = body("Communities, Housing and Environment Committee", "COMMITTEE", false);
        String council = body("Council", "COUNCIL", false);
        String chair = councillor("D Mortimer");
        String mayor = councillor("Mayor");
        member(committee, chair, "CHAIR");
        member(council, mayor, "CHAIR");
        member(council, chair, "MEMBER");
        return new PlanBodies(committee, council, chair, mayor);
    }

    /** A decision noting a report about no platform resource (subject type other), at the committee of 12 February 2019. */
    public static String noteAboutOther() {
        Committee committee = committeeOf12February2019();
        String item = item(committee.meetingId(), "SUBSTANTIVE", "Night-time economy update", "{\"type\":\"other\"}");
        return decide(committee.meetingId(), item, unanimous("That the update on the night-time economy be noted.", "DECIDES", null, "NOTE"))
                .then().statusCode(201).extract().path("id");
    }

    /** The committee of 12 February 2019: members, the meeting, its attendance (Springett substituting for Rose). */
    public record Committee(String bodyId, String meetingId, Map<String, String> councillors) {
        public String id(String name) {
            return councillors.get(name);
        }
    }

    public static Committee committeeOf12February2019() {
        String body = body("Communities, Housing and Environment Committee", "COMMITTEE", true);
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : List.of("M Burton", "Garten", "Joy", "D Mortimer", "Powell", "Purle", "Mrs Robertson", "Webb", "Rose")) {
            ids.put(name, councillor(name));
            member(body, ids.get(name), name.equals("D Mortimer") ? "CHAIR" : "MEMBER");
        }
        ids.put("Springett", councillor("Springett"));
        String meeting = meeting(body, "2019-02-12");
        hold(meeting, "2019-02-12");
        put("/api/v1/meetings/{id}/attendance", etag("/api/v1/meetings/{id}", meeting), attendance(ids, "D Mortimer", "Rose"), meeting)
                .then().statusCode(200);
        return new Committee(body, meeting, ids);
    }

    /**
     * The attendance of the committee of 12 February 2019 as a request: the members present, those named sending apologies,
     * and Springett substituting for Rose.
     */
    public static String attendance(Map<String, String> ids, String chair, String... apologies) {
        List<String> absent = List.of(apologies);
        List<String> entries = new ArrayList<>();
        ids.forEach((name, id) -> {
            if (absent.contains(name)) {
                entries.add("{\"kind\":\"APOLOGIES\",\"councillorId\":\"" + id + "\"}");
            } else if (name.equals("Springett")) {
                entries.add("{\"kind\":\"SUBSTITUTE\",\"councillorId\":\"" + id + "\",\"substituteForId\":\"" + ids.get("Rose") + "\"}");
            } else {
                entries.add("{\"kind\":\"PRESENT\",\"councillorId\":\"" + id + "\"}");
            }
        });
        return "{\"chairId\":\"" + ids.get(chair) + "\",\"entries\":[" + String.join(",", entries) + "]}";
    }
}
