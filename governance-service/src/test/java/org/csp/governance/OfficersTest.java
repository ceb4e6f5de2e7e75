package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Officers and other attendees who are not councillors: recorded once, read where their Location points. */
@QuarkusTest
class OfficersTest {

    @Test
    void anOfficerIsReadWhereTheLocationOfItsCreationPoints() {
        Response created = given().auth().oauth2(TestTokens.officer()).contentType(ContentType.JSON).body("""
                {"name":"Mr Matt Roberts","jobTitle":"Community Partnerships & Resilience Manager","organisation":"Maidstone Borough Council"}""")
                .post("/api/v1/officers");
        created.then().statusCode(201);

        given().auth().oauth2(TestTokens.councillor()).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(created.path("id"))).body("name", equalTo("Mr Matt Roberts"))
                .body("organisation", equalTo("Maidstone Borough Council"));
        given().auth().oauth2(TestTokens.officer()).get("/api/v1/officers/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://csp.example.org/problems/not-found"));
    }
}
