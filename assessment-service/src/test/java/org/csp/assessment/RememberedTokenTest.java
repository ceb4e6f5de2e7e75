package org.csp.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.csp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Verified bearer tokens are remembered (platform VerifiedTokenCache): a token used again is still the same caller,
 * and any change to a token that was accepted before is verified in full and refused.
 */
@QuarkusTest
class RememberedTokenTest {

    @Test
    void aTokenUsedAgainActsForTheSameCallerAndItsRoles() {
        String area = "area-" + UUID.randomUUID();
        Fixtures.createArea(area);
        String officer = TestTokens.token("jo.remembered@maidstone.test", null, TestTokens.OFFICER);
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON).body(AssessmentPublishingTest.body(area))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(officer).get("/api/v1/assessments/{id}", id).then().statusCode(200)
                    .header("ETag", "\"0\"").body("status", equalTo("DRAFT"));
        }
        given().auth().oauth2(officer).queryParam("resourceType", "strategic-assessment").queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items.actorSubject", hasItem("jo.remembered@maidstone.test"));
        // A remembered councillor token still may not see a DRAFT, nor write.
        String councillor = TestTokens.councillor();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(councillor).get("/api/v1/assessments/{id}", id).then().statusCode(404);
        }
        given().auth().oauth2(councillor).contentType(ContentType.JSON).body(AssessmentPublishingTest.body(area))
                .post("/api/v1/assessments").then().statusCode(403);
    }

    @Test
    void aChangedCopyOfAnAcceptedTokenIsRefused() {
        String token = TestTokens.councillor();
        given().auth().oauth2(token).get("/api/v1/assessments").then().statusCode(200);

        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + changeSignature(parts[2]);
        given().auth().oauth2(otherSignature).get("/api/v1/assessments").then().statusCode(401)
                .contentType("application/problem+json");

        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(TestTokens.COUNCILLOR, TestTokens.ADMIN);
        String otherClaims = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(otherClaims).get("/api/v1/assessments").then().statusCode(401)
                .contentType("application/problem+json");

        given().auth().oauth2(token).get("/api/v1/assessments").then().statusCode(200);
    }

    /** Changes the second-to-last base64url character: six bits of the signature itself (the last one may carry padding bits). */
    private static String changeSignature(String signature) {
        int at = signature.length() - 2;
        char other = signature.charAt(at) == 'A' ? 'B' : 'A';
        return signature.substring(0, at) + other + signature.substring(at + 1);
    }
}
