package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.csp.platform.testing.Simultaneous;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A month of data.police.uk street-level CSV: streamed, counted into monthly aggregates, never twice. */
@QuarkusTest
class StreetLevelCsvImportTest {

    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            + "Crime type,Last outcome category,Context\n";

    static String crime(String id, String type) {
        return id + ",2019-01,Kent Police,Kent Police,0.521,51.276,On or near Lower Boxley Road,E01024394,Maidstone 009A,"
                + type + ",Under investigation,\n";
    }

    static final String ASB = ",2019-01,Kent Police,Kent Police,0.522,51.277,\"On or near Week Street, Maidstone\",E01024395,"
            + "Maidstone 009B,Anti-social behaviour,,\n";

    static Response upload(String token, String area, String source, String mode, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").queryParam("areaCode", area).queryParam("sourceCode", source)
                .queryParam("vintage", "2019-02 release").queryParam("mode", mode).body(csv)
                .post("/api/v1/statistics/imports/street-level");
    }

    /** Uploads these bytes as they are, with this Content-Type. */
    static Response upload(String area, String source, String mode, String contentType, byte[] csv) {
        return given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.officer()).contentType(contentType).queryParam("areaCode", area)
                .queryParam("sourceCode", source).queryParam("vintage", "2019-02 release").queryParam("mode", mode).body(csv)
                .post("/api/v1/statistics/imports/street-level");
    }

    static long count(String area, String source, String category) {
        Integer total = given().auth().oauth2(TestTokens.officer()).queryParam("areaCode", area).queryParam("sourceCode", source)
                .queryParam("categoryCode", category).queryParam("period", "2019-01").get("/api/v1/statistics/counts")
                .then().statusCode(200).extract().path("items[0].count");
        return total == null ? 0 : total;
    }

    @Test
    void rowsAreCountedPerCategoryAndReImportingCountsNothingTwice() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        String csv = HEADER + crime("c1-" + area, "Violence and sexual offences") + crime("c2-" + area, "Violence and sexual offences")
                + crime("c3-" + area, "Burglary") + ASB + ASB;
        upload(TestTokens.officer(), area, source, "ALL_OR_NOTHING", csv).then().statusCode(201)
                .body("rowsRead", equalTo(5)).body("rowsApplied", equalTo(5)).body("format", equalTo("STREET_LEVEL_CSV"));
        upload(TestTokens.officer(), area, source, "ALL_OR_NOTHING", csv).then().statusCode(201)
                .body("rowsApplied", equalTo(0)).body("rowsUnchanged", equalTo(5));
        org.junit.jupiter.api.Assertions.assertEquals(2, count(area, source, "violent-crime"));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(area, source, "burglary"));
        org.junit.jupiter.api.Assertions.assertEquals(2, count(area, source, "anti-social-behaviour"));
    }

    @Test
    void aCrimeIdRepeatedInOneFileIsStoredOnceAsItsFirstRow() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        String csv = HEADER + crime("twice-" + area, "Burglary") + crime("twice-" + area, "Robbery");
        upload(TestTokens.officer(), area, source, "ALL_OR_NOTHING", csv).then().statusCode(201)
                .body("rowsRead", equalTo(2)).body("rowsApplied", equalTo(1)).body("rowsUnchanged", equalTo(1));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(area, source, "burglary"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(area, source, "robbery"));
    }

    @Test
    void overlappingImportsOfOneSourceAtOnceStoreEachIncidentOnce() throws Exception {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        upload(TestTokens.officer(), area, source, "ALL_OR_NOTHING", HEADER + crime("first-" + area, "Drugs")).then().statusCode(201);
        List<Response> answers = Simultaneous.fire(4, n -> {
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 0; i < 300; i++) {
                csv.append(crime("shared-" + i + "-" + area, "Shoplifting"));
            }
            for (int i = 0; i < 50; i++) {
                csv.append(crime("own-" + n + "-" + i + "-" + area, "Shoplifting"));
            }
            return upload(TestTokens.officer(), area, source, "ALL_OR_NOTHING", csv.toString());
        });
        int applied = 0;
        for (Response answer : answers) {
            answer.then().statusCode(201).body("rowsRead", equalTo(350));
            applied += answer.jsonPath().getInt("rowsApplied");
        }
        org.junit.jupiter.api.Assertions.assertEquals(300 + 4 * 50, applied);
        org.junit.jupiter.api.Assertions.assertEquals(300 + 4 * 50, count(area, source, "shoplifting"));
    }

    @Test
    void malformedRowsAreReportedByLineAndAllOrNothingKeepsNothing() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        String csv = HEADER + crime("ok-" + area, "Burglary")
                + crime("bad-month-" + area, "Burglary").replace("2019-01", "2019-13")
                + crime("bad-type-" + area, "Fly-tipping")
                + "only,three,fields\n"
                + crime("bad-coord-" + area, "Drugs").replace("0.521", "east");
        upload(TestTokens.officer(), area, source, "ALL_OR_NOTHING", csv).then().statusCode(422)
                .contentType("application/problem+json").body("rowsRejected", equalTo(4))
                .body("rejections[0].line", equalTo(3)).body("rejections[0].field", equalTo("Month"))
                .body("rejections[1].field", equalTo("Crime type")).body("rejections[2].line", equalTo(5))
                .body("rejections[3].field", equalTo("Longitude/Latitude"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(area, source, "burglary"));
        upload(TestTokens.officer(), area, source, "KEEP_VALID", csv).then().statusCode(201)
                .body("rowsApplied", equalTo(1)).body("rowsRejected", equalTo(4));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(area, source, "burglary"));
    }

    @Test
    void aRefusedFileCountsEveryMalformedRowThoughItListsOnlyTheFirst500() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        StringBuilder csv = new StringBuilder(HEADER).append(crime("fine-" + area, "Burglary"));
        for (int i = 0; i < 600; i++) {
            csv.append(crime("bad-" + i + "-" + area, "Fly-tipping"));
        }
        upload(TestTokens.officer(), area, "street-" + area, "ALL_OR_NOTHING", csv.toString()).then().statusCode(422)
                .body("rowsRead", equalTo(601)).body("rowsRejected", equalTo(600)).body("rejections.size()", equalTo(500))
                .body("detail", org.hamcrest.Matchers.startsWith("600 of 601 rows are malformed"));
    }

    @Test
    void aCoordinateIsAPlainDecimalNumber() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> refused = List.of("0.5f", "0.5d", "0x1p-1", "5e-1", "0.5 0", "Infinity");
        for (String bad : refused) {
            csv.append(crime("coord-" + bad + "-" + area, "Drugs").replace("0.521", bad));
        }
        for (String good : List.of("-0.5", "+0.5", "1", ".5")) {
            csv.append(crime("coord-" + good + "-" + area, "Drugs").replace("0.521", good));
        }
        upload(TestTokens.officer(), area, source, "KEEP_VALID", csv.toString()).then().statusCode(201)
                .body("rowsApplied", equalTo(4)).body("rowsRejected", equalTo(refused.size()))
                .body("rejections.field", org.hamcrest.Matchers.everyItem(equalTo("Longitude/Latitude")));
    }

    @Test
    void aRowWithStrayQuotesIsRejectedAloneAndTheRowsAfterItAreImported() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        StringBuilder csv = new StringBuilder(HEADER)
                .append("sq1-").append(area).append(",2019-01,K,K,,,Shop 5\" wide,E,M,Burglary,,Stolen 12\" TV\n");
        for (int i = 0; i < 5; i++) {
            csv.append(crime("after-quote-" + i + "-" + area, "Burglary"));
        }
        upload(TestTokens.officer(), area, source, "KEEP_VALID", csv.toString()).then().statusCode(201)
                .body("rowsRead", equalTo(6)).body("rowsApplied", equalTo(5)).body("rowsRejected", equalTo(1))
                .body("rejections.size()", equalTo(1)).body("rejections[0].line", equalTo(2))
                .body("rejections[0].reason", equalTo("a quote inside an unquoted field"));
        org.junit.jupiter.api.Assertions.assertEquals(5, count(area, source, "burglary"));
    }

    @Test
    void textAfterAClosingQuoteIsARowErrorAndTheRowsAfterItAreImported() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        String csv = HEADER + crime("tq1-" + area, "Burglary").replace("On or near Lower Boxley Road", "\"On or near\" Lower Boxley Road")
                + crime("tq2-" + area, "Burglary");
        upload(TestTokens.officer(), area, source, "ALL_OR_NOTHING", csv).then().statusCode(422);
        org.junit.jupiter.api.Assertions.assertEquals(0, count(area, source, "burglary"));
        upload(TestTokens.officer(), area, source, "KEEP_VALID", csv).then().statusCode(201)
                .body("rowsRead", equalTo(2)).body("rowsApplied", equalTo(1)).body("rowsRejected", equalTo(1))
                .body("rejections[0].line", equalTo(2)).body("rejections[0].field", equalTo("record"))
                .body("rejections[0].reason", equalTo("text after the closing quote of a quoted field"));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(area, source, "burglary"));
    }

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderIsSkipped() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        String quotedHeader = "\uFEFF" + java.util.Arrays.stream(HEADER.strip().split(",")).map(c -> "\"" + c + "\"")
                .collect(java.util.stream.Collectors.joining(",")) + "\r\n";
        upload(area, source, "ALL_OR_NOTHING", "text/csv",
                (quotedHeader + crime("bom-" + area, "Burglary")).getBytes(java.nio.charset.StandardCharsets.UTF_8)).then().statusCode(201).body("rowsApplied", equalTo(1));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(area, source, "burglary"));
    }

    @Test
    void aFileIsReadInTheCharsetItsContentTypeNames() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        String csv = HEADER + crime("w1-" + area, "Burglary").replace("Lower Boxley Road", "Café Row")
                + crime("w2-" + area, "Vélo theft");
        upload(area, source, "KEEP_VALID", "text/csv; charset=windows-1252", csv.getBytes(java.nio.charset.Charset.forName("windows-1252")))
                .then().statusCode(201).body("rowsApplied", equalTo(1))
                .body("rejections[0].reason", equalTo("'Vélo theft' is not a data.police.uk crime type"));
        upload(area, source, "KEEP_VALID", "text/csv;charset=\"UTF-8\"", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .then().statusCode(201).body("rowsUnchanged", equalTo(1))
                .body("rejections[0].reason", equalTo("'Vélo theft' is not a data.police.uk crime type"));
    }

    @Test
    void bytesNotValidInTheCharsetAreA400NamingTheLineAndImportNothing() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        String csv = HEADER + crime("u1-" + area, "Burglary") + crime("u2-" + area, "Burglary").replace("Lower Boxley Road", "Café Row");
        upload(area, source, "KEEP_VALID", "text/csv", csv.getBytes(java.nio.charset.Charset.forName("windows-1252")))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("line 3: the bytes 0xE9 are not valid UTF-8"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(area, source, "burglary"));
    }

    @Test
    void aCharsetTheServiceDoesNotKnowIsA415NamingIt() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        String source = "street-" + area;
        upload(area, source, "KEEP_VALID", "text/csv; charset=klingon-8",
                (HEADER + crime("k1-" + area, "Burglary")).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("'klingon-8'"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(area, source, "burglary"));
    }

    @Test
    void aFileLargerThanTheJsonBodyLimitIsStreamedInBatches() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            csv.append(crime("bulk-" + i + "-" + area, i % 3 == 0 ? "Shoplifting" : "Other theft"));
        }
        upload(TestTokens.agency("kent-police"), area, "street-" + area, "ALL_OR_NOTHING", csv.toString()).then().statusCode(201)
                .body("rowsApplied", equalTo(20_000)).body("agency", equalTo("kent-police"));
        org.junit.jupiter.api.Assertions.assertEquals(6_667, count(area, "street-" + area, "shoplifting"));
        org.junit.jupiter.api.Assertions.assertEquals(13_333, count(area, "street-" + area, "other-theft"));
    }

    @Test
    void otherEndpointsRefuseABodyOverTheirLimit() {
        String big = "{\"areaCode\":\"" + "x".repeat(2_200_000) + "\"}";
        given().auth().oauth2(TestTokens.officer()).contentType("application/json").body(big).post("/api/v1/statistics/imports")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void theHeaderTheMediaTypeAndTheAgencyAreChecked() {
        String area = Fixtures.uniqueArea();
        Fixtures.createArea(area);
        upload(TestTokens.officer(), area, "street-" + area, null, "Crime ID,Month\n").then().statusCode(400)
                .body("errors.field", hasItem("body"));
        upload(TestTokens.officer(), area, "street-" + area, null, "").then().statusCode(400);
        upload(TestTokens.officer(), area, "street-" + area, null, HEADER + "\"unclosed,2019-01\n").then().statusCode(422);
        given().auth().oauth2(TestTokens.officer()).contentType("application/json").queryParam("areaCode", area)
                .queryParam("vintage", "x").body("{}").post("/api/v1/statistics/imports/street-level").then().statusCode(415);
        given().auth().oauth2(TestTokens.officer()).contentType("text/csv").queryParam("vintage", "x").body(HEADER)
                .post("/api/v1/statistics/imports/street-level").then().statusCode(400).body("errors.field", hasItem("areaCode"));
        String source = "police-" + UUID.randomUUID().toString().substring(0, 8);
        upload(TestTokens.agency("kent-police"), area, source, null, HEADER + crime("p-" + area, "Robbery")).then().statusCode(201);
        upload(TestTokens.agency("kent-fire"), area, source, null, HEADER + crime("f-" + area, "Robbery")).then().statusCode(403);
        given().auth().oauth2(TestTokens.agency("kent-fire")).contentType("text/csv").queryParam("areaCode", area)
                .queryParam("vintage", "x").queryParam("agency", "kent-police").body(HEADER)
                .post("/api/v1/statistics/imports/street-level").then().statusCode(403);
    }
}
