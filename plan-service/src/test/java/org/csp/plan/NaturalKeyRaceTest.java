package org.csp.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csp.platform.testing.Simultaneous;
import org.junit.jupiter.api.Test;

/** Creates racing for one natural key: one wins, the others get the resource's 409, never a 500. */
@QuarkusTest
class NaturalKeyRaceTest {

    @Test
    void simultaneousGroupsWithOneCodeCreateOneAndRefuseTheRest() throws Exception {
        String code = PlanFixtures.unique("race");
        String agency = PlanFixtures.unique("agency");
        String body = """
                {"code":"%s","name":"Race Panel","kind":"SUB_GROUP","memberAgencies":["%s"]}""".formatted(code, agency);
        String token = PlanFixtures.officer();

        Simultaneous.assertOneCreatedOthersConflict(Simultaneous.fire(8, n -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(body).post("/api/v1/groups")), "group-code-taken");

        given().auth().oauth2(token).queryParam("agency", agency).get("/api/v1/groups")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].code", equalTo(code));
    }
}
