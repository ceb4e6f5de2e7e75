package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The lists' filters, as docs/api-guidelines.md has them in every service: an empty value ({@code ?areaCode=}, what an
 * unset form field sends) means the filter is not given; a blank or misspelt text filter could only match nothing, so
 * it is a 400 naming it, not an empty page that reads as "there are none".
 */
@QuarkusTest
class ListFiltersTest {

    record Filter(String path, String parameter) {
    }

    static final List<Filter> TEXT_FILTERS = List.of(new Filter("/api/v1/awards", "year"), new Filter("/api/v1/awards", "areaCode"),
            new Filter("/api/v1/bids", "year"), new Filter("/api/v1/bids", "applicant"),
            new Filter("/api/v1/plan-priorities", "areaCode"));

    static final List<Filter> ALL_FILTERS = List.of(new Filter("/api/v1/awards", "year"), new Filter("/api/v1/awards", "areaCode"),
            new Filter("/api/v1/bids", "year"), new Filter("/api/v1/bids", "status"), new Filter("/api/v1/bids", "applicant"),
            new Filter("/api/v1/bids", "priorityId"), new Filter("/api/v1/bids", "awardId"),
            new Filter("/api/v1/plan-priorities", "areaCode"), new Filter("/api/v1/plan-actions", "priorityId"),
            new Filter("/api/v1/bids", "page"), new Filter("/api/v1/bids", "size"));

    @Test
    void anEmptyFilterIsAFilterNotGiven() {
        GrantFixtures.award(1_000_000, 0);
        for (Filter filter : ALL_FILTERS) {
            long all = given().auth().oauth2(TestTokens.officer()).get(filter.path()).then().statusCode(200)
                    .extract().jsonPath().getLong("totalItems");
            long empty = given().auth().oauth2(TestTokens.officer()).urlEncodingEnabled(false)
                    .get(filter.path() + "?" + filter.parameter() + "=").then().statusCode(200).extract().jsonPath().getLong("totalItems");
            assertEquals(all, empty, filter.toString());
        }
    }

    @Test
    void aBlankTextFilterIsA400NamingIt() {
        for (Filter filter : TEXT_FILTERS) {
            for (String blank : new String[] {"%20", "%20%09"}) {
                assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).urlEncodingEnabled(false)
                        .get(filter.path() + "?" + filter.parameter() + "=" + blank), filter.parameter());
            }
        }
    }

    @Test
    void anApplicantFilterIsSpeltAsApplicantsAre() {
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).queryParam("applicant", "Kent Police").get("/api/v1/bids"),
                "applicant");
        given().auth().oauth2(TestTokens.officer()).queryParam("applicant", "kent-police").get("/api/v1/bids").then().statusCode(200);
    }
}
