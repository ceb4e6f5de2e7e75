package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An empty filter ({@code ?agency=}) is one not given, as everywhere (docs/api-guidelines.md); a blank one is a 400
 * naming it: it would otherwise match nothing (an empty page) and read as "there are none". A financial-year filter
 * follows the same rule as a financial year sent in a body.
 */
@QuarkusTest
class ListFilterTest {

    static RequestSpecification officer() {
        return given().auth().oauth2(PlanFixtures.officer());
    }

    @Test
    void aBlankTextFilterIsA400NamingIt() {
        String group = PlanFixtures.group("Domestic Abuse Forum", "SUB_GROUP", "kent-police");
        for (String blank : List.of(" ", "\t")) {
            assertRefusedNaming(officer().queryParam("areaCode", blank).get("/api/v1/plans"), "areaCode");
            assertRefusedNaming(officer().queryParam("agency", blank).get("/api/v1/groups"), "agency");
            assertRefusedNaming(officer().queryParam("leadAgency", blank).get("/api/v1/actions"), "leadAgency");
            assertRefusedNaming(officer().queryParam("financialYear", blank).get("/api/v1/action-plans"), "financialYear");
            assertRefusedNaming(officer().queryParam("financialYear", blank).get("/api/v1/groups/{id}/duties", group),
                    "financialYear");
        }
    }

    @Test
    void anEmptyTextFilterIsOneNotGiven() {
        PlanFixtures.group("Community Youth Safety Group", "SUB_GROUP", "kent-police");
        int all = officer().queryParam("size", 100).get("/api/v1/groups").then().statusCode(200)
                .extract().path("totalItems");
        officer().queryParam("agency", "").queryParam("size", 100).get("/api/v1/groups").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(all))
                .body("totalItems", org.hamcrest.Matchers.greaterThan(0));
        officer().queryParam("leadAgency", "").get("/api/v1/actions").then().statusCode(200);
        officer().queryParam("financialYear", "").get("/api/v1/action-plans").then().statusCode(200);
    }

    @Test
    void aFinancialYearFilterWhoseSecondYearDoesNotFollowIsA400NamingIt() {
        String group = PlanFixtures.group("Domestic Abuse Forum", "SUB_GROUP");
        assertRefusedNaming(officer().queryParam("financialYear", "2019-25").get("/api/v1/action-plans"), "financialYear");
        assertRefusedNaming(officer().queryParam("financialYear", "2019-25").get("/api/v1/groups/{id}/duties", group),
                "financialYear");
        officer().queryParam("financialYear", "1999-00").get("/api/v1/action-plans").then().statusCode(200);
    }
}
