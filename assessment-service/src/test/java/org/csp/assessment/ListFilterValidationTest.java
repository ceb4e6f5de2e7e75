package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A list filter that takes a code is held to the code's pattern, so a misspelt one (Kent Police for kent-police) is a
 * 400 naming it instead of an empty page that reads as "nothing matched". An empty value means the filter is not
 * given (docs/api-guidelines.md), for every filter alike.
 */
@QuarkusTest
class ListFilterValidationTest {

    @Test
    void aCodeFilterThatBreaksItsPatternIsA400NamingIt() {
        List<String[]> cases = List.of(
                new String[] {"/api/v1/assessments", "areaCode", "Maidstone"},
                new String[] {"/api/v1/findings", "areaCode", "Maidstone"},
                new String[] {"/api/v1/statistics/imports", "areaCode", "Maidstone"},
                new String[] {"/api/v1/statistics/imports", "sourceCode", "Kent Police"},
                new String[] {"/api/v1/statistics/counts", "areaCode", "Maidstone"},
                new String[] {"/api/v1/statistics/counts", "sourceCode", "Kent Police"},
                new String[] {"/api/v1/categories", "mapsTo", "Violent Crime"});
        Assertions.assertAll(cases.stream().map(c -> (Executable) () -> Assertions.assertDoesNotThrow(() -> assertRefusedNaming(
                given().auth().oauth2(TestTokens.officer()).queryParam(c[1], c[2]).get(c[0]), c[1]),
                c[0] + "?" + c[1] + "=" + c[2])));
    }

    @Test
    void anEmptyFilterIsNotGiven() {
        String area = SeedTrendsTest.seeded();
        for (String path : List.of("/api/v1/statistics/counts", "/api/v1/statistics/imports")) {
            for (String parameter : List.of("areaCode", "sourceCode")) {
                long all = given().auth().oauth2(TestTokens.officer()).get(path).then().statusCode(200)
                        .extract().jsonPath().getLong("totalItems");
                long empty = given().auth().oauth2(TestTokens.officer()).queryParam(parameter, "").get(path).then().statusCode(200)
                        .extract().jsonPath().getLong("totalItems");
                Assertions.assertTrue(all > 0, path);
                Assertions.assertEquals(all, empty, path + "?" + parameter + "= (area " + area + ")");
            }
        }
    }
}
