package org.csp.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls to the services' APIs as a partnership officer (token from the local token issuer). */
final class Api {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    final String base;
    final String token;
    final HttpClient http;

    Api(String base, String token) {
        this.base = base;
        this.token = token;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static String token(String issuer) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(issuer + "?role=partnership-officer"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token issuer answered " + r.statusCode());
        }
        return r.body().trim();
    }

    static String assessmentBody(String areaCode, int priorities) {
        StringBuilder b = new StringBuilder("{\"areaCode\":\"").append(areaCode)
                .append("\",\"financialYear\":\"2019-20\",\"title\":\"Strategic Assessment 2019-20\",\"priorities\":[");
        for (int i = 0; i < priorities; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(i % 2 == 0
                    ? "{\"title\":\"Protecting our communities against serious, violent and organised crime\","
                            + "\"rationale\":\"Violent crime and sexual offences rose year on year in the borough\"}"
                    : "{\"title\":\"Safeguarding children and young people\","
                            + "\"rationale\":\"Child sexual exploitation and county lines remain high risk\"}");
        }
        return b.append("]}").toString();
    }

    /** POST of a JSON body to an absolute URL as the officer; the answer, whatever its status. */
    HttpResponse<String> postJson(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of an absolute URL as the officer; throws unless 200. */
    String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** Registers an area in the assessment service (base) with two years of population, unless it exists. */
    void ensureArea(String code) throws IOException, InterruptedException {
        HttpResponse<String> r = postJson(base + "/api/v1/areas", "{\"code\":\"" + code + "\",\"name\":\"Benchmark area " + code
                + "\",\"populations\":[{\"year\":2016,\"population\":166500},{\"year\":2017,\"population\":169955},"
                + "{\"year\":2018,\"population\":171826}]}");
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("creating area " + code + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** The id in a JSON answer. */
    static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    /** POST /api/v1/assessments; returns the new id or throws. */
    String create(String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/assessments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("create answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("create answered no id: " + r.body());
        }
        return m.group(1);
    }

    /** POST /api/v1/assessments/{id}/publish with If-Match "0". */
    void publish(String id) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/assessments/" + id + "/publish"))
                .header("Authorization", "Bearer " + token).header("If-Match", "\"0\"")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("publish answered " + r.statusCode() + ": " + r.body());
        }
    }
}
