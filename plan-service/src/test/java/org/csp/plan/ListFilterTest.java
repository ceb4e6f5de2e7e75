package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.csp.platform.testing.ParameterRefusals.assertRefusedNaming;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text filter given empty or blank (a search box left empty) is a 400 naming it: it would otherwise match nothing
 * (an empty page) and read as "there are none". A financial-year filter follows the same rule as a financial year
 * sent in a body.
 */
@QuarkusTest
class ListFilterTest {

    static RequestSpecification officer() {
        return given().auth().oauth2(PlanFixtures.officer());
    }

    @Test
    void anEmptyOrBlankTextFilterIsA400NamingIt() {
        String group = PlanFixtures.group("Domestic Abuse Forum", "SUB_GROUP", "kent-police");
        for (String empty : List.of("", " ")) {
            assertRefusedNaming(officer().queryParam("areaCode", empty).get("/api/v1/plans"), "areaCode");
            assertRefusedNaming(officer().queryParam("agency", empty).get("/api/v1/groups"), "agency");
            assertRefusedNaming(officer().queryParam("leadAgency", empty).get("/api/v1/actions"), "leadAgency");
            assertRefusedNaming(officer().queryParam("financialYear", empty).get("/api/v1/action-plans"), "financialYear");
            assertRefusedNaming(officer().queryParam("financialYear", empty).get("/api/v1/groups/{id}/duties", group),
                    "financialYear");
        }
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
