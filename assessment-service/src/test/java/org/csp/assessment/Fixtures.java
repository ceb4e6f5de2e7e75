package org.csp.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;

/** Test data in the shape of the seed: Maidstone's 2017-18 and 2018-19 figures, written as counts we load. */
final class Fixtures {
    private Fixtures() {
    }

    static String uniqueArea() {
        return "area-" + UUID.randomUUID().toString().substring(0, 18);
    }

    static void createArea(String code) {
        given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"code":"%s","name":"Maidstone Borough","populations":[{"year":2017,"population":169955},{"year":2018,"population":171826}]}"""
                .formatted(code)).post("/api/v1/areas").then().statusCode(201);
    }

    /** Yearly totals spread over the 12 months of the financial year starting in April of {@code startYear}. */
    static List<String> yearRows(String category, int startYear, long total) {
        List<String> rows = new ArrayList<>();
        YearMonth month = YearMonth.of(startYear, 4);
        for (int i = 0; i < 12; i++) {
            long count = total / 12 + (i < total % 12 ? 1 : 0);
            rows.add("{\"categoryCode\":\"%s\",\"month\":\"%s\",\"count\":%d}".formatted(category, month.plusMonths(i), count));
        }
        return rows;
    }

    /** The seed's year on year (2017-18 → 2018-19): the percentages quoted at the committee come out of these counts. */
    static final Map<String, long[]> SEED_COUNTS = Map.of(
            "sexual-offences", new long[] {330, 489},              // +48.2 %
            "violence-against-the-person", new long[] {4400, 6200}, // +40.9 %
            "most-serious-violence", new long[] {100, 138},         // +38.0 %
            "violence-without-injury", new long[] {2000, 2758},     // +37.9 %
            "theft-from-the-person", new long[] {200, 159},         // -20.5 %
            "drug-possession", new long[] {300, 242},               // -19.3 %
            "all-crime", new long[] {12700, 14800},
            "domestic-abuse", new long[] {1900, 2220});            // 15.0 % of all crime in 2018-19

    static String seedImportBody(String area, String source) {
        List<String> rows = new ArrayList<>();
        SEED_COUNTS.forEach((category, counts) -> {
            rows.addAll(yearRows(category, 2017, counts[0]));
            rows.addAll(yearRows(category, 2018, counts[1]));
        });
        return """
                {"areaCode":"%s","sourceCode":"%s","vintage":"2019-01 extract","rows":[%s],
                 "notes":[{"fromMonth":"2018-04","text":"Multiple crimes in one incident are now recorded separately"}]}"""
                .formatted(area, source, String.join(",", rows));
    }

    static Response importJson(String token, String body, String mode) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).queryParam("mode", mode).body(body)
                .post("/api/v1/statistics/imports");
    }
}
