package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A financial-year filter names two consecutive years, as an award's financialYear must: before, ?year=2019-21 passed the
 * pattern and answered an empty page, as if no award or bid were of that year, instead of saying the year cannot exist.
 */
@QuarkusTest
class YearFilterTest {

    @Test
    void aYearFilterNamesTwoConsecutiveYears() {
        for (String path : new String[] {"/api/v1/awards", "/api/v1/bids"}) {
            assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).queryParam("year", "2019-21").get(path), "year",
                    "must name two consecutive years, like 2019-20");
            given().auth().oauth2(TestTokens.officer()).queryParam("year", "2019-20").get(path).then().statusCode(200);
            given().auth().oauth2(TestTokens.officer()).queryParam("year", "2099-00").get(path).then().statusCode(200);
        }
    }
}
