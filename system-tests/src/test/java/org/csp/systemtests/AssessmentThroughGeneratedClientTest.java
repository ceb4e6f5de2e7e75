package org.csp.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.csp.client.assessment.ApiClient;
import org.csp.client.assessment.ApiException;
import org.csp.client.assessment.api.AssessmentApi;
import org.csp.client.assessment.model.CreateArea;
import org.csp.client.assessment.model.CreateAssessment;
import org.csp.platform.testing.TestTokens;
import org.csp.systemtests.SystemUnderTest.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged assessment-service, run as its own process, called the way a partner system would:
 * through the Java client generated from the committed contracts/openapi/assessment-service.yaml.
 * Responses are compared as JSON so the test holds whether the document types a body or not.
 */
class AssessmentThroughGeneratedClientTest {

    static SystemUnderTest system;

    @BeforeAll
    static void startAssessmentService() {
        system = SystemUnderTest.start(Service.ASSESSMENT);
    }

    @AfterAll
    static void stopEverything() {
        if (system != null) {
            system.close();
        }
    }

    static ApiClient connection(String token) {
        ApiClient api = new ApiClient();
        api.updateBaseUri(system.baseUrl(Service.ASSESSMENT));
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return api;
    }

    static AssessmentApi client(String token) {
        return new AssessmentApi(connection(token));
    }

    static CreateAssessment draft(ObjectMapper json, String areaCode) throws Exception {
        return json.readValue("""
                {"areaCode": "%s", "financialYear": "2019-20", "title": "Strategic Assessment 2019-20",
                 "priorities": [{"title": "Protecting our communities against serious, violent and organised crime",
                                 "rationale": "Sexual offences rose by 48.2%% on the previous year"}]}
                """.formatted(areaCode), CreateAssessment.class);
    }

    @Test
    void anOfficerCreatesAnAssessmentReadsItBackAndSeesItInTheAuditTrail() throws Exception {
        ApiClient connection = connection(TestTokens.officer());
        AssessmentApi officer = new AssessmentApi(connection);
        ObjectMapper json = connection.getObjectMapper();
        String area = "system-" + UUID.randomUUID().toString().substring(0, 8);

        officer.createArea(json.readValue("""
                {"code": "%s", "name": "System test borough", "populations": [{"year": 2019, "population": 171800}]}
                """.formatted(area), CreateArea.class));
        var created = officer.createAssessmentWithHttpInfo(draft(json, area));
        assertEquals(201, created.getStatusCode());
        List<String> location = created.getHeaders().get("location");
        assertTrue(location != null && location.size() == 1, "Location header: " + created.getHeaders());
        UUID id = UUID.fromString(location.get(0).substring(location.get(0).lastIndexOf('/') + 1));
        assertEquals(List.of("\"0\""), created.getHeaders().get("etag"));

        JsonNode read = json.valueToTree(officer.getAssessment(id));
        assertEquals(id.toString(), read.path("id").asText());
        assertEquals(area, read.path("areaCode").asText());
        assertEquals("DRAFT", read.path("status").asText());
        assertEquals("Protecting our communities against serious, violent and organised crime",
                read.path("priorities").path(0).path("title").asText());

        var audit = officer.listAuditEntriesWithHttpInfo(id.toString(), "strategic-assessment", 0, 20);
        assertEquals(200, audit.getStatusCode());
        JsonNode trail = json.valueToTree(audit.getData());
        assertEquals(1, trail.path("totalItems").asInt(), trail.toString());
        assertEquals("assessment.created", trail.path("items").path(0).path("action").asText());
        assertEquals("officer@maidstone.test", trail.path("items").path(0).path("actorSubject").asText());
    }

    @Test
    void anUnknownAssessmentIsAProblemNotFound() {
        ApiException failure = assertThrows(ApiException.class,
                () -> client(TestTokens.officer()).getAssessment(UUID.randomUUID()));
        assertEquals(404, failure.getCode());
        assertTrue(failure.getResponseBody().contains("\"status\":404"), failure.getResponseBody());
    }

    @Test
    void withoutATokenTheServiceAnswers401() {
        ApiException failure = assertThrows(ApiException.class, () -> client("not-a-token").getAssessment(UUID.randomUUID()));
        assertEquals(401, failure.getCode());
    }
}
