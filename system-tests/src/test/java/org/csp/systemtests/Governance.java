package org.csp.systemtests;

import static org.csp.systemtests.TheSystem.officer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.systemtests.SystemUnderTest.Service;

/**
 * Drives governance-service the way the council's committee clerk would: bodies and their members,
 * meetings held with attendance, items and resolutions. Names carry a suffix so runs do not meet.
 */
final class Governance {

    private Governance() {
    }

    /** A body with its members; the first named councillor chairs it. */
    record Body(String id, Map<String, String> members) {
        String chair() {
            return members.values().iterator().next();
        }
    }

    static String councillor(String name) {
        return officer(Service.GOVERNANCE).body("""
                {"name":"%s","termStart":"2015-05-07"}""".formatted(name))
                .post("/api/v1/councillors").then().statusCode(201).extract().path("id");
    }

    /** Creates a body of the given kind and seats the councillors (name → id), the first as chair. */
    static Body body(String name, String kind, boolean crimeAndDisorder, Map<String, String> councillors) {
        String id = officer(Service.GOVERNANCE).body("""
                {"name":"%s","kind":"%s","actingAs":%s,"crimeAndDisorderCommittee":%s}""".formatted(
                name + " " + UUID.randomUUID().toString().substring(0, 8), kind,
                crimeAndDisorder ? "\"the Crime and Disorder Committee\"" : "null", crimeAndDisorder))
                .post("/api/v1/bodies").then().statusCode(201).extract().path("id");
        boolean first = true;
        for (String councillorId : councillors.values()) {
            officer(Service.GOVERNANCE).body("""
                    {"councillorId":"%s","role":"%s","startsOn":"2018-05-16"}""".formatted(councillorId, first ? "CHAIR" : "MEMBER"))
                    .post("/api/v1/bodies/{id}/memberships", id).then().statusCode(200);
            first = false;
        }
        return new Body(id, new LinkedHashMap<>(councillors));
    }

    /** A meeting of the body on the date, marked HELD, with every member present and the chair in the chair. */
    static String heldMeeting(Body body, String date) {
        String meeting = officer(Service.GOVERNANCE).body("""
                {"bodyId":"%s","date":"%s","startTime":"18:30","endTime":"19:30","location":"Town Hall, High Street, Maidstone"}"""
                .formatted(body.id(), date)).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        officer(Service.GOVERNANCE).header("If-Match", etag("/api/v1/meetings/{id}", meeting)).body("""
                {"date":"%s","startTime":"18:30","endTime":"19:30","location":"Town Hall, High Street, Maidstone","status":"HELD"}"""
                .formatted(date)).put("/api/v1/meetings/{id}", meeting).then().statusCode(200);
        List<String> entries = new ArrayList<>();
        body.members().values().forEach(id -> entries.add("{\"kind\":\"PRESENT\",\"councillorId\":\"" + id + "\"}"));
        officer(Service.GOVERNANCE).header("If-Match", etag("/api/v1/meetings/{id}", meeting))
                .body("{\"chairId\":\"" + body.chair() + "\",\"entries\":[" + String.join(",", entries) + "]}")
                .put("/api/v1/meetings/{id}/attendance", meeting).then().statusCode(200);
        return meeting;
    }

    /** A substantive item about a subject of another service ({@code type}: strategic-assessment, community-safety-plan, ...). */
    static String item(String meetingId, String title, String subjectType, String subjectId) {
        return officer(Service.GOVERNANCE).body("""
                {"kind":"SUBSTANTIVE","title":"%s","subject":{"type":"%s","id":"%s"}}""".formatted(title, subjectType, subjectId))
                .post("/api/v1/meetings/{id}/items", meetingId).then().statusCode(201).extract().path("id");
    }

    /** Records a unanimous resolution on the item; returns the decision's JSON as a map path reader. */
    static io.restassured.path.json.JsonPath unanimousDecision(String meetingId, String itemId, String resolution, String kind,
            String recommendedToBodyId, String action) {
        return officer(Service.GOVERNANCE).body("""
                {"resolution":"%s","voting":{"unanimous":true},"kind":"%s","recommendedToBodyId":%s,"action":"%s"}"""
                .formatted(resolution, kind, recommendedToBodyId == null ? "null" : "\"" + recommendedToBodyId + "\"", action))
                .post("/api/v1/meetings/{m}/items/{i}/decision", meetingId, itemId)
                .then().statusCode(201).extract().jsonPath();
    }

    static io.restassured.path.json.JsonPath decision(String decisionId) {
        return officer(Service.GOVERNANCE).get("/api/v1/decisions/{id}", decisionId).then().statusCode(200).extract().jsonPath();
    }

    private static String etag(String path, String id) {
        return officer(Service.GOVERNANCE).get(path, id).then().statusCode(200).extract().header("ETag");
    }
}
