package org.csp.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contention: C clients (200) each POST one draw at the same instant (released together by a latch).
 * Figures: draws per second (successful draws / time from release to the last answer) and whether the final
 * balance is exact: balance before - successful draws x amount == balance after (read with GET --balance-url,
 * field --balance-field). Without --draw-url it reports "not measured".
 */
final class ContentionBench {
    private ContentionBench() {
    }

    static void run(Args args, Raw raw) throws Exception {
        if (!args.has("draw-url")) {
            raw.notMeasured("contention", "draws_per_s", "1/s", "not measured: endpoint not available (give --draw-url)");
            raw.notMeasured("contention", "balance_exact", "bool", "not measured: endpoint not available");
            return;
        }
        int clients = args.integer("clients", 200);
        String url = args.required("draw-url");
        String body = args.required("draw-body");
        long amount = Long.parseLong(args.required("draw-amount-pence"));
        Api api = new Api("", Api.token(args.get("issuer", "http://127.0.0.1:8079/token")));
        long before = balance(api, args);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + api.token)
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body.replace("{n}", Integer.toString(n)))).build();
                ready.countDown();
                try {
                    go.await();
                    int status = api.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status / 100 == 2) {
                        ok.incrementAndGet();
                    } else if (status == 409 || status == 422) {
                        refused.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = balance(api, args);
        raw.put("contention", "draws_per_s", ok.get() / seconds, "1/s", ok.get() + " drawn; " + refused.get()
                + " refused (409/422); " + errors.get() + " other errors; " + clients + " clients");
        raw.put("contention", "balance_exact", before - ok.get() * amount == after ? 1 : 0, "bool",
                "before " + before + " after " + after + " drawn " + ok.get() + " x " + amount);
    }

    private static long balance(Api api, Args args) throws Exception {
        HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(URI.create(args.required("balance-url")))
                .header("Authorization", "Bearer " + api.token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"" + Pattern.quote(args.get("balance-field", "balancePence")) + "\"\\s*:\\s*(-?\\d+)")
                .matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("balance URL answered " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(m.group(1));
    }
}
