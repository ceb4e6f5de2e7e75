package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The example files the docs tell a new user to load still load and still give the published figures. */
@QuarkusTest
class ExamplesTest {

    @Test
    void theExampleCountsAndCsvLoadAndReproduceTheAssessment() throws Exception {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String counts = Files.readString(Path.of("examples/maidstone-2017-19-counts.json"))
                .replace("\"maidstone\"", "\"" + area + "\"");
        Fixtures.importJson(TestTokens.officer(), counts, "ALL_OR_NOTHING").then().statusCode(201).body("rowsApplied", equalTo(192));
        SeedTrendsTest.trends(area, "FY2017-18", "FY2018-19").statusCode(200)
                .body("figures.find { it.categoryCode == 'sexual-offences' }.changePercent", equalTo(48.2f))
                .body("figures.find { it.categoryCode == 'domestic-abuse' }.currentSharePercent", equalTo(15.0f));
        String csv = Files.readString(Path.of("examples/street-level-2019-01-sample.csv"));
        StreetLevelCsvImportTest.upload(TestTokens.officer(), area, "street-" + area, "ALL_OR_NOTHING", csv).then().statusCode(201)
                .body("rowsApplied", equalTo(4));
    }
}
