package org.csp.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Requests fired from as many threads, released together, to test what happens when they arrive at once. */
public final class Simultaneous {
    private Simultaneous() {
    }

    /** Runs {@code request(0..count-1)} from {@code count} threads released together; returns each one's result in order. */
    public static <T> List<T> fire(int count, IntFunction<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<T> call = () -> {
                    start.await();
                    return request.apply(n);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What creates racing for one natural key must end in: exactly one 201, and every other answer a 409 problem of
     * the resource's own type (never a 500 from the unique index).
     */
    public static void assertOneCreatedOthersConflict(List<Response> responses, String problemType) {
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
        for (Response refused : responses.stream().filter(r -> r.statusCode() != 201).toList()) {
            assertEquals(409, refused.statusCode(), refused.asString());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("https://csp.example.org/problems/" + problemType, refused.jsonPath().getString("type"),
                    refused.asString());
        }
    }
}
