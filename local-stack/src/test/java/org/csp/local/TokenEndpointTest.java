package org.csp.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenEndpointTest {

    @TempDir
    static Path keyDirectory;
    private static LocalKeys keys;
    private TokenEndpoint endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void createKeys() {
        keys = LocalKeys.loadOrCreate(keyDirectory);
    }

    @BeforeEach
    void start() {
        endpoint = TokenEndpoint.start(0, new LocalTokens(keys.privateKey(), Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void getTokenAnswersASignedTokenForTheRoleAndAgency() throws Exception {
        HttpResponse<String> response = get("/token?role=partner-agency&agency=kent-police&subject=system%40kent-police");

        assertEquals(200, response.statusCode());
        JwtClaims claims = LocalTokensTest.verify(response.body().trim(), keys);
        assertEquals(List.of("partner-agency"), claims.getStringListClaimValue("groups"));
        assertEquals("kent-police", claims.getStringClaimValue("agency"));
        assertEquals("system@kent-police", claims.getSubject());
    }

    @Test
    void unknownRoleGets400() throws Exception {
        HttpResponse<String> response = get("/token?role=mayor");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Unknown role"), response.body());
    }

    @Test
    void missingRoleGets400() throws Exception {
        assertEquals(400, get("/token").statusCode());
    }

    @Test
    void agencyWithCharactersOutsideTheAllowedSetGets400() throws Exception {
        assertEquals(400, get("/token?role=partner-agency&agency=kent%0Apolice").statusCode());
    }

    @Test
    void onlyGetIsAllowed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/token?role=councillor"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + endpoint.port() + pathAndQuery);
    }
}
