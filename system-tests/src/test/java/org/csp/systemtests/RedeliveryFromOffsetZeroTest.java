package org.csp.systemtests;

import static org.awaitility.Awaitility.await;
import static org.csp.systemtests.TheSystem.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csp.systemtests.SystemUnderTest.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every consumer group moved back to offset zero of every topic it reads (with the Kafka AdminClient,
 * while the services are stopped), then the services restarted: they read every event of the whole
 * suite again, and no effect is doubled. Runs last, so the scenario's and the other faults' events are
 * all replayed.
 */
@ExtendWith(TheSystem.class)
@Order(Order.DEFAULT + 6)
class RedeliveryFromOffsetZeroTest {

    /** Each service's consumer group and the topics it reads. */
    static final Map<Service, String[]> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(Service.ASSESSMENT, new String[] {Topics.GOVERNANCE});
        GROUPS.put(Service.PLAN, new String[] {Topics.ASSESSMENT, Topics.GOVERNANCE, Topics.GRANT});
        GROUPS.put(Service.GRANT, new String[] {Topics.PLAN});
        GROUPS.put(Service.GOVERNANCE, new String[] {Topics.ASSESSMENT, Topics.PLAN, Topics.GRANT});
    }

    static String group(Service service) {
        return service.module();
    }

    @AfterAll
    static void restore() {
        TheSystem.restore();
    }

    @Test
    void everyConsumerRereadingEveryTopicFromOffsetZeroDoublesNoEffect() {
        Traffic traffic = new Traffic();
        for (int i = 0; i < 3; i++) {
            traffic.round();
        }
        FaultCounts.awaitSettled(() -> traffic.counts("before the redelivery"), Duration.ofMinutes(2)).printAndCheck();
        awaitCaughtUp();
        Map<String, Long> before = effects();

        long replayed = 0;
        for (Service service : TheSystem.ALL) {
            TheSystem.get().stopService(service);
        }
        for (var entry : GROUPS.entrySet()) {
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                    .until(() -> {
                        Topics.resetToEarliest(group(entry.getKey()), entry.getValue());
                        return true;
                    });
            replayed += Topics.lag(group(entry.getKey()), entry.getValue());
        }
        TheSystem.get().startServices(TheSystem.ALL);
        awaitCaughtUp();

        Map<String, Long> after = effects();
        System.out.println("[redelivery] records handed to consumers again: " + replayed + "; effects before " + before
                + ", after " + after);
        assertEquals(before, after, "no effect is doubled (or undone) by reading every topic again");
        traffic.counts("redelivery of every topic from offset zero").printAndCheck();
    }

    /** Waits until every group has committed the end of every topic it reads. */
    static void awaitCaughtUp() {
        for (var entry : GROUPS.entrySet()) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> Topics.lag(group(entry.getKey()), entry.getValue()) == 0);
        }
    }

    /** Totals of every consumer's effects across the whole system. */
    static Map<String, Long> effects() {
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("plan proposals", total(Service.PLAN, "/api/v1/proposals"));
        totals.put("governance obligations", total(Service.GOVERNANCE, "/api/v1/obligations"));
        totals.put("governance subjects", total(Service.GOVERNANCE, "/api/v1/subjects"));
        totals.put("endorsed assessments", ((Number) officer(Service.ASSESSMENT).queryParam("status", "ENDORSED")
                .queryParam("size", 1).get("/api/v1/assessments").then().statusCode(200).extract().path("totalItems")).longValue());
        totals.put("current plan priorities in grant", ((Number) officer(Service.GRANT).queryParam("size", 1)
                .get("/api/v1/plan-priorities").then().statusCode(200).extract().path("totalItems")).longValue());
        io.restassured.path.json.JsonPath actions = officer(Service.PLAN).queryParam("size", 200).get("/api/v1/actions")
                .then().statusCode(200).extract().jsonPath();
        List<List<Object>> funding = actions.getList("items.funding");
        totals.put("plan action fundings", funding.stream().mapToLong(List::size).sum());
        List<Number> funded = actions.getList("items.fundedPence");
        totals.put("plan funded pence", funded.stream().mapToLong(Number::longValue).sum());
        return totals;
    }

    static long total(Service service, String path) {
        Object n = officer(service).queryParam("size", 1).get(path).then().statusCode(200).extract().path("totalItems");
        return ((Number) n).longValue();
    }
}
