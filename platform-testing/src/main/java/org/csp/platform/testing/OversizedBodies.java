package org.csp.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Request bodies over the platform's body limit ({@code csp.http.max-body-size}, 2 MB), sent with a declared
 * length or chunked, for each service's test that they are refused as problems and change nothing.
 */
public final class OversizedBodies {
    /** platform-commons' default {@code csp.http.max-body-size=2M}. */
    public static final int LIMIT = 2 * 1024 * 1024;
    static final int OVER_THE_LIMIT = LIMIT + 1024;
    private static final String PROBLEM_JSON = "application/problem+json";

    private OversizedBodies() {
    }

    /** The JSON object, still valid and meaning the same, padded with whitespace to over the limit. */
    public static String padded(String jsonObject) {
        int brace = jsonObject.indexOf('{');
        return jsonObject.substring(0, brace + 1) + " ".repeat(OVER_THE_LIMIT) + jsonObject.substring(brace + 1);
    }

    /**
     * The body, over the limit, is refused as a problem both with a declared length (413) and chunked (411), and a
     * malformed Content-Length is a 400; the caller then checks that nothing was written.
     */
    public static void assertRefused(String token, String path, String body) {
        declared(token, path, body).then().statusCode(413).contentType(PROBLEM_JSON)
                .body("maxBodyBytes", equalTo(LIMIT));
        chunked(token, path, body).assertProblem(411);
        String malformed = withContentLength(token, path, "12abc");
        if (!malformed.startsWith("HTTP/1.1 400 ")) {
            throw new AssertionError("expected 400 for a malformed Content-Length, got " + malformed);
        }
    }

    /** POST with a Content-Length. */
    private static Response declared(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    /**
     * POST with {@code Transfer-Encoding: chunked} (HTTP/1.1, a stream body of no declared length) to the service
     * RestAssured is pointed at. RestAssured itself always declares the length.
     */
    public static Answer chunked(String token, String path, String body) {
        return chunked(token, path, "application/json", body);
    }

    /** POST of a body of this media type, chunked. */
    public static Answer chunked(String token, String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .version(HttpClient.Version.HTTP_1_1).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The raw HTTP/1.1 answer to a POST with this Content-Length header (which no HTTP client sends malformed);
     * nothing is sent after the headers, so the server answers without reading a body.
     */
    private static String withContentLength(String token, String path, String contentLength) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readNBytes(4096);
            return new String(answer, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer to a chunked request. */
    public record Answer(int status, String contentType, String body) {
        /** Fails unless the answer has this status and is a problem of that status. */
        public void assertProblem(int expectedStatus) {
            String shown = status + " " + contentType + " " + body;
            if (status != expectedStatus || !contentType.startsWith(PROBLEM_JSON)
                    || !body.contains("\"status\":" + expectedStatus)) {
                throw new AssertionError("expected a " + expectedStatus + " problem, got " + shown);
            }
        }
    }
}
