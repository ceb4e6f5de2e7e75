package org.csp.platform.testing;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;

/** What a typed query or path parameter that does not convert must answer: a 400 validation problem naming it. */
public final class ParameterRefusals {
    private ParameterRefusals() {
    }

    public static void assertRefusedNaming(Response response, String parameter) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://csp.example.org/problems/validation"))
                .body("errors[0].field", equalTo(parameter));
    }

    public static void assertRefusedNaming(Response response, String parameter, String message) {
        assertRefusedNaming(response, parameter);
        response.then().body("errors[0].message", equalTo(message));
    }
}
