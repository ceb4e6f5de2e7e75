package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The figures Maidstone's 2019-20 Strategic Assessment quoted, reproduced from counts loaded through the API. */
@QuarkusTest
class SeedTrendsTest {

    static ValidatableResponse trends(String area, String previous, String current) {
        return given().auth().oauth2(TestTokens.councillor()).queryParam("previous", previous).queryParam("current", current)
                .get("/api/v1/areas/{area}/trends", area).then();
    }

    static String seeded() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        Fixtures.importJson(TestTokens.officer(), Fixtures.seedImportBody(area, "kent-police"), "ALL_OR_NOTHING").then().statusCode(201);
        return area;
    }

    @Test
    void yearOnYearChangesReproduceTheAssessmentsFigures() {
        String area = seeded();
        trends(area, "FY2017-18", "FY2018-19").statusCode(200)
                .body("sourceCode", equalTo("kent-police"))
                .body("current.population", equalTo(171826))
                .body("figures[0].categoryCode", equalTo("sexual-offences"))
                .body("figures[0].rank", equalTo(1))
                .body("figures.find { it.categoryCode == 'sexual-offences' }.changePercent", equalTo(48.2f))
                .body("figures.find { it.categoryCode == 'sexual-offences' }.previousCount", equalTo(330))
                .body("figures.find { it.categoryCode == 'sexual-offences' }.currentCount", equalTo(489))
                .body("figures.find { it.categoryCode == 'violence-against-the-person' }.changePercent", equalTo(40.9f))
                .body("figures.find { it.categoryCode == 'most-serious-violence' }.changePercent", equalTo(38.0f))
                .body("figures.find { it.categoryCode == 'violence-without-injury' }.changePercent", equalTo(37.9f))
                .body("figures.find { it.categoryCode == 'theft-from-the-person' }.changePercent", equalTo(-20.5f))
                .body("figures.find { it.categoryCode == 'drug-possession' }.changePercent", equalTo(-19.3f));
    }

    @Test
    void domesticAbuseIsFifteenPercentOfAllCrimeAndRatesArePerThousandPeople() {
        String area = seeded();
        trends(area, "FY2017-18", "FY2018-19").statusCode(200)
                .body("figures.find { it.categoryCode == 'domestic-abuse' }.currentSharePercent", equalTo(15.0f))
                // 489 sexual offences among 171,826 people (2018 estimate) = 2.85 per 1,000
                .body("figures.find { it.categoryCode == 'sexual-offences' }.currentRatePer1000", equalTo(2.85f))
                .body("figures.find { it.categoryCode == 'all-crime' }.currentSharePercent", nullValue());
    }

    @Test
    void aRecordingPracticeChangeBetweenThePeriodsTravelsWithEveryFigure() {
        String area = seeded();
        trends(area, "FY2017-18", "FY2018-19").statusCode(200)
                .body("figures.find { it.categoryCode == 'sexual-offences' }.notes",
                        hasItem("Multiple crimes in one incident are now recorded separately"));
        trends(area, "2018-05", "2018-06").statusCode(200)
                .body("figures.find { it.categoryCode == 'sexual-offences' }.notes.size()", equalTo(0));
    }

    @Test
    void quartersMonthsAndRollingYearsCompareTheMonthsTheyName() {
        String area = seeded();
        // sexual offences: 330 a year = 28 a month in April to June, 27 after; 489 = 41 x 9 then 40 x 3
        trends(area, "2017-Q2", "2018-Q2").statusCode(200)
                .body("figures.find { it.categoryCode == 'sexual-offences' }.previousCount", equalTo(84))
                .body("figures.find { it.categoryCode == 'sexual-offences' }.currentCount", equalTo(123))
                .body("figures.find { it.categoryCode == 'sexual-offences' }.smallNumbers", equalTo(false));
        trends(area, "2017-04", "2019-03").statusCode(200)
                .body("figures.find { it.categoryCode == 'most-serious-violence' }.smallNumbers", equalTo(true));
        trends(area, "R12-2018-03", "R12-2019-03").statusCode(200)
                .body("figures.find { it.categoryCode == 'sexual-offences' }.changePercent", equalTo(48.2f));
    }

    @Test
    void aPeriodWithoutFiguresOrAnUnknownCategoryIsA4xxThatSaysSo() {
        String area = seeded();
        trends(area, "FY2010-11", "FY2018-19").statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/no-data-for-period")).body("period", equalTo("FY2010-11"));
        given().auth().oauth2(TestTokens.officer()).queryParam("previous", "FY2017-18").queryParam("current", "FY2018-19")
                .queryParam("categoryCode", "fly-tipping").get("/api/v1/areas/{area}/trends", area).then().statusCode(404)
                .body("type", equalTo("https://csp.example.org/problems/unknown-category"));
        trends(area, "FY2018-19", "FY2017-18").statusCode(400).body("errors.field", hasItem("previous"));
        trends(area, "FY2017-19", "FY2018-19").statusCode(400).body("errors.field", hasItem("previous"));
        trends(area, null, "FY2018-19").statusCode(400).body("errors.field", hasItem("previous"));
        trends("nowhere-" + area, "FY2017-18", "FY2018-19").statusCode(404);
    }

    @Test
    void anUnavailableMonthMakesTheFigureUnavailableNotZero() {
        String area = seeded();
        Fixtures.importJson(TestTokens.officer(), """
                {"areaCode":"%s","sourceCode":"kent-police","vintage":"2019-02 extract",
                 "rows":[{"categoryCode":"theft-from-the-person","month":"2019-03","unavailable":true}]}""".formatted(area),
                "ALL_OR_NOTHING").then().statusCode(201);
        trends(area, "FY2017-18", "FY2018-19").statusCode(200)
                .body("figures.find { it.categoryCode == 'theft-from-the-person' }.unavailable", equalTo(true))
                .body("figures.find { it.categoryCode == 'theft-from-the-person' }.changePercent", nullValue())
                .body("figures.find { it.categoryCode == 'theft-from-the-person' }.unavailableReason", notNullValue())
                .body("figures.find { it.categoryCode == 'theft-from-the-person' }.rank", nullValue());
    }
}
