package org.csp.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csp.platform.testing.TestTokens;
import org.csp.systemtests.SystemUnderTest.Service;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running platform for the whole scenario and fault suite (starting four services takes long on a
 * small machine): PostgreSQL, Kafka and the four packaged services, each with a controllable clock that
 * starts on the evening of the 12 February 2019 meeting and a referral-window job that runs every second.
 * Test classes say {@code @ExtendWith(TheSystem.class)}; the first starts it, and JUnit closes it after the
 * last test class (also when a test failed), which stops every process and both servers.
 */
final class TheSystem implements BeforeAllCallback {

    static final Instant CLOCK_START = Instant.parse("2019-02-12T20:00:00Z");
    static final Service[] ALL = Service.values();

    private static volatile SystemUnderTest system;

    /** Keeps the running system in JUnit's root store, which closes it when the whole run ends. */
    private record Running(SystemUnderTest system) implements AutoCloseable {
        @Override
        public void close() {
            system.close();
            TheSystem.system = null;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.create(TheSystem.class))
                .computeIfAbsent("system", key -> new Running(start()), Running.class);
    }

    private static SystemUnderTest start() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("csp.clock.controllable", "true");
        properties.put("csp.clock.fixed", CLOCK_START.toString());
        properties.put("governance.referral.close-every", "1s");
        properties.put("governance.referral.close-delay", "1s");
        SystemUnderTest started = SystemUnderTest.start(properties, ALL);
        system = started;
        return started;
    }

    static SystemUnderTest get() {
        SystemUnderTest s = system;
        if (s == null) {
            throw new IllegalStateException("the system is not running: annotate the test class with @ExtendWith(TheSystem.class)");
        }
        return s;
    }

    /**
     * Brings back whatever a fault test stopped (Kafka, PostgreSQL, services), so one failed fault test
     * does not leave the next one without a system.
     */
    static void restore() {
        SystemUnderTest s = get();
        if (!s.kafka().isRunning()) {
            s.kafka().start();
        }
        if (!s.postgres().isRunning()) {
            s.postgres().start();
        }
        for (Service service : ALL) {
            if (!s.isRunning(service)) {
                s.startService(service);
            }
        }
    }

    private static final RestAssuredConfig HTTP = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 60_000));

    /** A request to a service as the given bearer token, JSON in and out. */
    static RequestSpecification as(Service service, String token) {
        return given().config(HTTP).baseUri(get().baseUrl(service)).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request as the partnership officer (the role that does almost everything in the scenario). */
    static RequestSpecification officer(Service service) {
        return as(service, TestTokens.officer());
    }

    /** Moves every running service's clock to the same moment (forward or back). */
    static void setClocks(Instant moment) {
        for (Service service : ALL) {
            if (!get().isRunning(service)) {
                continue;
            }
            String url = get().baseUrl(service);
            Instant now = Instant.parse(given().config(HTTP).baseUri(url).get("/test-support/clock")
                    .then().statusCode(200).extract().path("now"));
            given().config(HTTP).baseUri(url).queryParam("by", Duration.between(now, moment).toString())
                    .post("/test-support/clock/shift").then().statusCode(200);
        }
    }

    /** The service's readiness status code (200 UP, 503 DOWN, -1 when it does not answer). */
    static int readiness(Service service) {
        try {
            return given().config(HTTP).baseUri(get().baseUrl(service)).get("/q/health/ready").statusCode();
        } catch (RuntimeException notAnswering) {
            return -1;
        }
    }
}
