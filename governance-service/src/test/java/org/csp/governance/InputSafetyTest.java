package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.csp.governance.Fixtures.OFFICER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.platform.time.PlatformClock;
import org.junit.jupiter.api.Test;

/** Malformed, oversized and contradictory input is refused with a 4xx problem body, never a 5xx. */
@QuarkusTest
class InputSafetyTest {

    @Inject
    PlatformClock clock;

    final List<String> failures = new ArrayList<>();

    void send(String method, String path, String body) {
        Response r = given().auth().oauth2(OFFICER).contentType("application/json").header("If-Match", "*").body(body).request(method, path);
        if (r.statusCode() < 400 || r.statusCode() >= 500 || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(method + " " + path + " " + body.substring(0, Math.min(body.length(), 80)) + " -> " + r.statusCode());
        }
    }

    @Test
    void oddInputIsAlwaysAProblemNeverAServerError() {
        Fixtures.setClock(clock, "2019-02-12T20:00:00Z");
        Fixtures.Committee c = Fixtures.committeeOf12February2019();
        String item = Fixtures.item(c.meetingId(), "SUBSTANTIVE", "Report", "null");
        String m = "/api/v1/meetings/" + c.meetingId();
        String longText = "x".repeat(20_000);
        for (String body : List.of("[]", "null", "\"x\"", "{\"name\":123}", "{\"name\":\"" + longText + "\",\"kind\":\"COMMITTEE\"}",
                "{\"name\":\"A\",\"kind\":\"NOPE\"}", "{\"name\":\"A\",\"kind\":\"COMMITTEE\",\"crimeAndDisorderCommittee\":\"maybe\"}")) {
            send("POST", "/api/v1/bodies", body);
        }
        for (String body : List.of("{\"bodyId\":\"" + c.bodyId() + "\",\"date\":\"2019-02-30\",\"startTime\":\"18:30\",\"location\":\"x\"}",
                "{\"bodyId\":\"" + c.bodyId() + "\",\"date\":\"2019-02-12\",\"startTime\":\"99:99\",\"location\":\"x\"}",
                "{\"bodyId\":\"not-a-uuid\",\"date\":\"2019-02-12\",\"startTime\":\"18:30\",\"location\":\"x\"}",
                "{\"bodyId\":\"" + c.bodyId() + "\",\"date\":\"0001-01-01\",\"startTime\":\"18:30\",\"location\":\"x\"}")) {
            send("POST", "/api/v1/meetings", body);
        }
        send("PUT", m + "/attendance", "{\"entries\":[{\"kind\":\"OFFICER\"}]}");
        send("PUT", m + "/attendance", "{\"entries\":[null]}");
        send("PUT", m + "/attendance", "{\"entries\":[{\"kind\":\"PRESENT\",\"councillorId\":\"" + c.id("Joy") + "\"},"
                + "{\"kind\":\"PRESENT\",\"councillorId\":\"" + c.id("Joy") + "\"}]}");
        send("POST", m + "/items", "{\"kind\":\"SUBSTANTIVE\",\"title\":\"t\",\"minuteNumber\":-4}");
        send("POST", m + "/items", "{\"kind\":\"SUBSTANTIVE\",\"title\":\"t\",\"subject\":{\"type\":\"spaceship\",\"id\":null}}");
        send("POST", m + "/items", "{\"kind\":\"SUBSTANTIVE\",\"title\":\"t\",\"subject\":{\"type\":\"community-safety-plan\"}}");
        send("POST", m + "/items", "{\"kind\":\"SUBSTANTIVE\",\"title\":\"t\",\"interests\":[{\"councillorId\":\"" + c.id("Joy")
                + "\",\"nature\":\"a\"},{\"councillorId\":\"" + c.id("Joy") + "\",\"nature\":\"b\"}]}");
        String decision = m + "/items/" + item + "/decision";
        for (String voting : List.of("{\"votesFor\":-1,\"votesAgainst\":0}", "{\"votesFor\":999999,\"votesAgainst\":0}",
                "{\"votesFor\":1,\"votesAgainst\":1,\"castingVote\":\"MAYBE\"}", "{\"memberVotes\":[{\"councillorId\":null,\"vote\":\"FOR\"}]}",
                "{}", "{\"unanimous\":true,\"votesAgainst\":2}")) {
            send("POST", decision, "{\"resolution\":\"r\",\"voting\":" + voting + ",\"kind\":\"DECIDES\",\"action\":\"NOTE\"}");
        }
        send("POST", decision, "{\"resolution\":\"r\",\"voting\":{\"unanimous\":true},\"kind\":\"RECOMMENDS\",\"action\":\"NOTE\"}");
        send("POST", decision, "{\"resolution\":\"r\",\"voting\":{\"unanimous\":true},\"kind\":\"DECIDES\",\"action\":\"NOTE\","
                + "\"recommendedToBodyId\":\"" + c.bodyId() + "\"}");
        send("POST", "/api/v1/decisions/" + UUID.randomUUID() + "/referrals", "{\"reasons\":\"r\",\"signatures\":[null]}");
        send("POST", "/api/v1/decisions/" + UUID.randomUUID() + "/referrals", "{\"reasons\":\"r\",\"signatures\":\"abc\"}");
        send("POST", "/api/v1/report-paths", "{\"title\":\"t\",\"subject\":{\"type\":\"other\"},\"finalDecisionMakerBodyId\":\""
                + c.bodyId() + "\",\"steps\":[]}");
        send("POST", "/api/v1/report-paths", "{\"title\":\"t\",\"subject\":{\"type\":\"other\"},\"finalDecisionMakerBodyId\":\""
                + c.bodyId() + "\",\"steps\":[{\"meetingId\":\"" + c.meetingId() + "\",\"purpose\":\"DECIDE\"},{\"meetingId\":\""
                + c.meetingId() + "\",\"purpose\":\"DECIDE\"}]}");
        send("POST", "/api/v1/bodies/" + c.bodyId() + "/memberships", "{\"councillorId\":\"" + c.id("Joy")
                + "\",\"role\":\"MEMBER\",\"startsOn\":\"2019-01-01\",\"endsOn\":\"2018-01-01\"}");
        send("POST", "/api/v1/bodies/" + c.bodyId() + "/memberships", "{\"councillorId\":\"" + c.id("Garten")
                + "\",\"role\":\"CHAIR\",\"startsOn\":\"2019-01-01\"}");
        assertEquals(List.of(), failures);
    }

    @Test
    void aNulCharacterInAJsonFieldOrAParameterIsA400NamingItAndChangesNothing() {
        String name = "Cllr " + UUID.randomUUID();
        given().auth().oauth2(OFFICER).contentType("application/json")
                .body("{\"name\":\"" + name + "\\u0000\",\"termStart\":\"2015-05-07\"}").post("/api/v1/councillors")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        given().auth().oauth2(OFFICER).queryParam("name", "Cllr\u0000").get("/api/v1/councillors")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        given().auth().oauth2(OFFICER).queryParam("name", name).get("/api/v1/councillors")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aNumberForAnEnumOrATextIsA400NamingItNotAConstantChosenByPositionOrATextMadeOfANumber() {
        String name = "Probe body " + UUID.randomUUID();
        given().auth().oauth2(OFFICER).contentType("application/json").body("{\"name\":\"" + name + "\",\"kind\":1}")
                .post("/api/v1/bodies").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/malformed-body")).body("errors.field", hasItem("kind"));
        given().auth().oauth2(OFFICER).contentType("application/json").body("{\"name\":1234,\"kind\":\"PANEL\"}")
                .post("/api/v1/bodies").then().statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(OFFICER).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"kind\":\"PANEL\",\"actingAs\":true}")
                .post("/api/v1/bodies").then().statusCode(400).body("errors.field", hasItem("actingAs"));
        for (String refused : List.of(name, "1234")) {
            given().auth().oauth2(OFFICER).queryParam("name", refused).get("/api/v1/bodies")
                    .then().statusCode(200).body("totalItems", equalTo(0));
        }
    }

    @Test
    void aBodyWithContentAfterItsJsonOrAFieldGivenTwiceIsA400AndMakesNoBody() {
        String name = "Probe body " + UUID.randomUUID();
        given().auth().oauth2(OFFICER).contentType("application/json").body("{\"name\":\"" + name + "\",\"kind\":\"PANEL\"} xyz")
                .post("/api/v1/bodies").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/malformed-body"));
        given().auth().oauth2(OFFICER).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"kind\":\"PANEL\",\"name\":\"" + name + " again\"}")
                .post("/api/v1/bodies").then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("given more than once"));
        for (String refused : List.of(name, name + " again")) {
            given().auth().oauth2(OFFICER).queryParam("name", refused).get("/api/v1/bodies")
                    .then().statusCode(200).body("totalItems", equalTo(0));
        }
    }
}
