package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The trend of a category as SVG: well-formed XML, one point per month with a figure, gaps where there is none. */
@QuarkusTest
class TrendChartTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static int countByClass(Document svg, String tag, String cssClass) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cssClass.equals(nodes.item(i).getAttributes().getNamedItem("class") == null ? null
                    : nodes.item(i).getAttributes().getNamedItem("class").getNodeValue())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theChartIsValidSvgWithAPointPerMonthAndAGapForAnUnavailableMonth() throws Exception {
        String area = SeedTrendsTest.seeded();
        Fixtures.importJson(TestTokens.officer(), """
                {"areaCode":"%s","sourceCode":"kent-police","vintage":"2019-02 extract",
                 "rows":[{"categoryCode":"sexual-offences","month":"2019-03","unavailable":true}]}""".formatted(area),
                "ALL_OR_NOTHING").then().statusCode(201);
        String xml = given().auth().oauth2(TestTokens.pcc()).queryParam("from", "2017-01").queryParam("to", "2019-03")
                .get("/api/v1/areas/{area}/categories/{category}/chart", area, "sexual-offences")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        Document svg = parse(xml);
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals(23, countByClass(svg, "circle", "point"));      // 2017-04 .. 2019-02
        assertEquals(4, countByClass(svg, "rect", "gap"));            // 2017-01..03 missing, 2019-03 unavailable
        assertTrue(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent()
                .startsWith("Sexual offences (all) per month"));
        assertTrue(xml.contains("2019-03: unavailable"));
    }

    @Test
    void badMonthsUnknownCategoriesAndEmptyRangesAre4xx() {
        String area = SeedTrendsTest.seeded();
        given().auth().oauth2(TestTokens.pcc()).queryParam("from", "2019-03").queryParam("to", "2017-01")
                .get("/api/v1/areas/{area}/categories/{category}/chart", area, "sexual-offences")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("to"));
        given().auth().oauth2(TestTokens.pcc()).queryParam("from", "2019-3").queryParam("to", "2019-04")
                .get("/api/v1/areas/{area}/categories/{category}/chart", area, "sexual-offences")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(TestTokens.pcc()).queryParam("from", "2017-04").queryParam("to", "2019-03")
                .get("/api/v1/areas/{area}/categories/{category}/chart", area, "fly-tipping")
                .then().statusCode(404).body("type", equalTo("https://csp.example.org/problems/unknown-category"));
        given().auth().oauth2(TestTokens.pcc()).queryParam("from", "2001-04").queryParam("to", "2002-03")
                .get("/api/v1/areas/{area}/categories/{category}/chart", area, "sexual-offences")
                .then().statusCode(404).body("type", equalTo("https://csp.example.org/problems/no-data-for-period"));
    }
}
