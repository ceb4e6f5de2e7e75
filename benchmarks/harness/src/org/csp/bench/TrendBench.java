package org.csp.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Trend queries: milliseconds per query (median of --repeat calls, after one warm-up call) of the trend
 * endpoint given with --trend-url, when the store holds 1M, 3M and 10M incidents. The incidents are loaded
 * between sizes by the import step (--import-url with --rows); without --trend-url it reports "not measured".
 */
final class TrendBench {
    private TrendBench() {
    }

    static void run(Args args, Raw raw) throws Exception {
        String size = args.get("size", "1000000");
        String key = "ms_per_query_" + (Long.parseLong(size) / 1_000_000) + "m";
        if (!args.has("trend-url")) {
            raw.notMeasured("trend", key, "ms", "not measured: endpoint not available (give --trend-url)");
            return;
        }
        Api api = new Api("", Api.token(args.get("issuer", "http://127.0.0.1:8079/token")));
        int repeat = args.integer("repeat", 20);
        HttpRequest request = HttpRequest.newBuilder(URI.create(args.required("trend-url")))
                .header("Authorization", "Bearer " + api.token).timeout(Duration.ofMinutes(5)).GET().build();
        api.http.send(request, HttpResponse.BodyHandlers.discarding());
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            int status = api.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (status != 200) {
                raw.notMeasured("trend", key, "ms", "trend endpoint answered " + status);
                return;
            }
        }
        Arrays.sort(ms);
        raw.put("trend", key, ms[repeat / 2], "ms", "median of " + repeat + " with " + size + " incidents stored");
    }
}
