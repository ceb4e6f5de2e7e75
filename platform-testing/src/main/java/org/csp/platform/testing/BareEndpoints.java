package org.csp.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.Map;

/**
 * For the tests of the benchmark's bare JDBC endpoints (platform-commons {@code org.csp.platform.bench}): the test
 * profile that turns them on, and the JSON of an API answer to compare with the bare twin's.
 */
public final class BareEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BareEndpoints() {
    }

    /** {@code @TestProfile(BareEndpoints.Enabled.class)}: the service runs with csp.benchmark.enabled=true. */
    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csp.benchmark.enabled", "true");
        }
    }

    /** The body of a 200 answer as a JSON tree (fails the test on any other status). */
    public static JsonNode json(Response r) throws IOException {
        return JSON.readTree(r.then().statusCode(200).extract().asString());
    }

    /** GET of an API path as a partnership officer. */
    public static Response framework(String path) {
        return given().auth().oauth2(TestTokens.officer()).get(path);
    }
}
