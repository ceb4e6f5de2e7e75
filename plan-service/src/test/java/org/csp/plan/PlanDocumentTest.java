package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plan as a document in the published plan's order; it is well-formed and escapes what partners typed. */
@QuarkusTest
class PlanDocumentTest {

    static final List<String> THEMES = List.of(
            "Protecting our communities against Organised Crime Groups (including modern-day slavery)",
            "Reduce the harm caused by domestic abuse (including stalking)",
            "Keeping children & young people safe",
            "Reduce the impact of substance misuse on our community",
            "Safeguard people whose mental health makes them <vulnerable>");

    @Test
    void theDocumentParsesAndFollowsThePlansOrder() throws Exception {
        String lead = PlanFixtures.group("Domestic Abuse Forum", "SUB_GROUP");
        String plan = PlanFixtures.plan2019(PlanFixtures.unique("area"), null);
        List<String> ids = new ArrayList<>();
        for (String title : THEMES) {
            ids.add(PlanFixtures.theme(plan, title, lead));
        }
        String actionPlan = PlanFixtures.actionPlan(ids.get(1), "2019-20");
        PlanFixtures.createAction(actionPlan, "Raise awareness of Claire's Law in hairdressers and barbers", "kent-police",
                "2019-04-01", "2019-12-31", null).then().statusCode(201);

        String html = given().auth().oauth2(org.csp.platform.testing.TestTokens.councillor()).accept(ContentType.HTML)
                .get("/api/v1/plans/{id}/document", plan).then().statusCode(200).contentType("text/html").extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        List<String> sections = new ArrayList<>();
        List<String> themeHeadings = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("section");
        for (int i = 0; i < all.getLength(); i++) {
            Element section = (Element) all.item(i);
            sections.add(section.hasAttribute("id") && !section.getAttribute("class").equals("theme") ? section.getAttribute("id") : "theme");
            if ("theme".equals(section.getAttribute("class"))) {
                themeHeadings.add(section.getElementsByTagName("h2").item(0).getTextContent());
            }
        }
        assertEquals(List.of("foreword", "priorities", "theme", "theme", "theme", "theme", "theme", "structure"), sections);
        assertEquals(THEMES, themeHeadings);

        NodeList priorities = ((Element) all.item(1)).getElementsByTagName("li");
        assertEquals(THEMES.get(0), priorities.item(0).getTextContent());
        assertTrue(all.item(1).getTextContent().contains("Prevent duty"));
        Element domesticAbuse = (Element) all.item(3);
        assertTrue(domesticAbuse.getTextContent().contains("Why is this important?"));
        assertTrue(domesticAbuse.getTextContent().contains("Claire's Law in hairdressers"));
        assertTrue(all.item(7).getTextContent().contains("Domestic Abuse Forum"));
    }

    @Test
    void thePlansFirstYearIsTheFirstFinancialYearStartingInItsPeriod() {
        String plan = PlanFixtures.createPlan(PlanFixtures.unique("area"), "Community Safety Plan 2019-21", "2019-01-01",
                "2021-12-31", null).then().statusCode(201).extract().path("id");
        String actionPlan = PlanFixtures.actionPlan(PlanFixtures.theme(plan, "Keeping children and young people safe", null),
                "2019-20");
        PlanFixtures.createAction(actionPlan, "Deliver knife crime sessions in secondary schools", "kent-police",
                "2019-04-01", "2019-12-31", null).then().statusCode(201);

        String html = given().auth().oauth2(PlanFixtures.officer()).accept(ContentType.HTML)
                .get("/api/v1/plans/{id}/document", plan).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Deliver knife crime sessions in secondary schools"), html);
    }
}
