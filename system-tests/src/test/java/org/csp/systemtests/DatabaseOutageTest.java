package org.csp.systemtests;

import static org.awaitility.Awaitility.await;
import static org.csp.systemtests.TheSystem.officer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.csp.systemtests.SystemUnderTest.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stopped and started again under the running services: each one's readiness goes DOWN and
 * comes back UP by itself, requests during the outage get a 503 problem body (not a hang, not a stack
 * trace), writes acknowledged before the stop are still there, and the event flow carries on afterwards.
 */
@ExtendWith(TheSystem.class)
@Order(Order.DEFAULT + 5)
class DatabaseOutageTest {

    @AfterAll
    static void restore() {
        TheSystem.restore();
    }

    /** A GET of something the service wrote, by service. */
    static final Map<Service, String> READ = Map.of(
            Service.ASSESSMENT, "/api/v1/assessments/{id}", Service.PLAN, "/api/v1/plans/{id}",
            Service.GRANT, "/api/v1/awards/{id}", Service.GOVERNANCE, "/api/v1/councillors/{id}");

    @Test
    void eachServiceAnswers503DuringADatabaseOutageRecoversByItselfAndKeepsAcknowledgedWrites() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Traffic traffic = new Traffic();
        traffic.round();
        Map<Service, String> written = new EnumMap<>(Service.class);
        written.put(Service.ASSESSMENT, traffic.rounds.get(0).assessmentId());
        written.put(Service.GRANT, traffic.rounds.get(0).awardId());
        written.put(Service.GOVERNANCE, Governance.councillor("Councillor " + tag));
        written.put(Service.PLAN, officer(Service.PLAN).body("""
                {"areaCode":"db-%s","title":"Plan %s","periodStart":"2019-04-01","periodEnd":"2022-03-31"}""".formatted(tag, tag))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id"));

        int requests = 0;
        int problems = 0;
        TheSystem.get().postgres().stop();
        try {
            for (Service service : TheSystem.ALL) {
                await().atMost(Duration.ofSeconds(60)).until(() -> TheSystem.readiness(service) == 503);
                Response read = officer(service).get(READ.get(service), written.get(service));
                Response write = officer(service).body("""
                        {"areaCode":"db-%s","title":"During the outage","periodStart":"2019-04-01","periodEnd":"2022-03-31"}"""
                        .formatted(tag)).post("/api/v1/plans");
                for (Response r : service == Service.PLAN ? new Response[] {read, write} : new Response[] {read}) {
                    requests++;
                    assertEquals(503, r.statusCode(), service + " during the outage: " + r.asString());
                    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                    assertEquals(503, r.jsonPath().getInt("status"), r.asString());
                    assertTrue(!r.asString().contains("at org."), "no stack trace: " + r.asString());
                    problems++;
                }
            }
        } finally {
            TheSystem.get().postgres().start();
        }
        for (Service service : TheSystem.ALL) {
            await().atMost(Duration.ofSeconds(90)).until(() -> TheSystem.readiness(service) == 200);
            officer(service).get(READ.get(service), written.get(service)).then().statusCode(200)
                    .body("id", equalTo(written.get(service)));
        }
        System.out.println("[fault counts] PostgreSQL stopped and restarted: acknowledged writes=" + written.size()
                + " still there=" + written.size() + " requests during the outage=" + requests + " answered 503 problem=" + problems);

        traffic.round(); // the whole flow works again, and nothing from before the outage was lost or doubled
        FaultCounts.awaitSettled(() -> traffic.counts("PostgreSQL stopped and restarted"), Duration.ofMinutes(2)).printAndCheck();
    }
}
