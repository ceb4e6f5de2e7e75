package org.csp.grant;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A list filter given empty ({@code ?areaCode=}, what an unset form field sends) or blank is a 400 naming it: before,
 * Quarkus REST took an empty value as no filter and the converters a blank one, so the caller got every award or bid,
 * or, for a blank applicant, an empty page, instead of being told the filter was not understood.
 */
@QuarkusTest
class EmptyFiltersTest {

    record Filter(String path, String parameter) {
    }

    static final List<Filter> FILTERS = List.of(
            new Filter("/api/v1/awards", "year"), new Filter("/api/v1/awards", "areaCode"),
            new Filter("/api/v1/bids", "year"), new Filter("/api/v1/bids", "status"), new Filter("/api/v1/bids", "applicant"),
            new Filter("/api/v1/bids", "priorityId"), new Filter("/api/v1/bids", "awardId"),
            new Filter("/api/v1/plan-priorities", "areaCode"), new Filter("/api/v1/plan-actions", "priorityId"),
            new Filter("/api/v1/bids", "page"), new Filter("/api/v1/bids", "size"),
            new Filter("/api/v1/awards", "page"), new Filter("/api/v1/plan-priorities", "size"));

    @Test
    void anEmptyFilterIsA400NamingIt() {
        for (Filter filter : FILTERS) {
            for (String value : new String[] {"", "%20", "%20%09"}) {
                assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).urlEncodingEnabled(false)
                        .queryParam(filter.parameter(), value).get(filter.path()), filter.parameter());
            }
        }
    }

    @Test
    void aFilterWithoutAValueIsA400NamingIt() {
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).urlEncodingEnabled(false).get("/api/v1/awards?areaCode"),
                "areaCode");
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).urlEncodingEnabled(false)
                .get("/api/v1/bids?status=SUBMITTED&awardId="), "awardId");
    }

    @Test
    void aFilterLeftOutListsEverythingAndAnUnknownParameterIsStillIgnored() {
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/awards").then().statusCode(200);
        given().auth().oauth2(TestTokens.officer()).urlEncodingEnabled(false).get("/api/v1/awards?utm_source=")
                .then().statusCode(200);
    }

    @Test
    void anApplicantFilterIsSpeltAsApplicantsAre() {
        assertRefusedNaming(given().auth().oauth2(TestTokens.officer()).queryParam("applicant", "Kent Police").get("/api/v1/bids"),
                "applicant");
        given().auth().oauth2(TestTokens.officer()).queryParam("applicant", "kent-police").get("/api/v1/bids").then().statusCode(200);
    }
}
