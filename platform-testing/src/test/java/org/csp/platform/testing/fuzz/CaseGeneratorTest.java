package org.csp.platform.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cases made from an OpenAPI document cover every kind of bad input, within the cap. */
class CaseGeneratorTest {

    static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{
              "/api/v1/bids/{id}":{"put":{"operationId":"updateBid",
                "security":[{"bearerAuth":["partner-agency","partnership-officer"]}],
                "parameters":[{"name":"id","in":"path","required":true,"schema":{"$ref":"#/components/schemas/UUID"}},
                              {"name":"If-Match","in":"header","schema":{"type":"string"}}],
                "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Bid"}}}}}},
              "/api/v1/bids":{"get":{"operationId":"listBids","security":[{"bearerAuth":["councillor"]}],
                "parameters":[{"name":"page","in":"query","schema":{"type":"integer","format":"int32","minimum":0}},
                              {"name":"status","in":"query","schema":{"enum":["DRAFT","SUBMITTED"]}}]}},
              "/q/health":{"get":{"operationId":"health"}}},
             "components":{"schemas":{
              "UUID":{"type":"string","format":"uuid"},
              "LocalDate":{"type":"string","format":"date"},
              "Bid":{"type":"object","required":["title","amountPence","starts"],"properties":{
                "title":{"type":"string","maxLength":300,"examples":["Street pastors"]},
                "amountPence":{"type":"integer","format":"int64","minimum":0},
                "starts":{"$ref":"#/components/schemas/LocalDate","description":"first day"},
                "lines":{"type":"array","items":{"$ref":"#/components/schemas/Line"}}}},
              "Line":{"type":"object","properties":{"itemId":{"$ref":"#/components/schemas/UUID"}}}}}}
            """;

    @Test
    void everyOperationUnderApiIsFoundWithItsRolesAndResolvedBody() throws Exception {
        List<FuzzOperation> operations = OpenApiFuzzer.operations(new ObjectMapper().readTree(DOCUMENT), "/api/");
        assertEquals(List.of("updateBid", "listBids"), operations.stream().map(FuzzOperation::operationId).toList());
        FuzzOperation update = operations.get(0);
        assertEquals(Set.of("partner-agency", "partnership-officer"), update.roles());
        assertEquals("partnership-officer", OpenApiFuzzer.roleFor(update));
        assertEquals("date", update.bodySchema().at("/properties/starts/format").asText());
        assertEquals("uuid", update.bodySchema().at("/properties/lines/items/properties/itemId/format").asText());
    }

    @Test
    void theCasesCoverEveryKindOfBadInputWithinTheCap() throws Exception {
        FuzzOperation update = OpenApiFuzzer.operations(new ObjectMapper().readTree(DOCUMENT), "/api/").get(0);
        List<FuzzCase> cases = CaseGenerator.generate(update, 1000);
        List<String> names = cases.stream().map(FuzzCase::name).toList();
        for (String expected : List.of("truncated JSON", "text that is not JSON", "valid body sent as text/plain",
                "XML body", "no body and no content type", "oversize body", "unknown top-level field",
                "path id=not-a-uuid", "unknown id (random UUID) in path id", "header If-Match=garbage",
                "title: 100k-character string", "title: empty string", "title: missing", "amountPence: negative -1",
                "amountPence: overflowing number 1e400", "amountPence: 9223372036854775808 (long overflow)",
                "amountPence: fraction 12.5", "starts: impossible date 2019-02-30", "lines[0].itemId: not a UUID",
                "lines[0]: unknown field inside")) {
            assertTrue(names.contains(expected), "missing case '" + expected + "' in " + names);
        }
        FuzzCase oversize = cases.stream().filter(c -> c.name().equals("oversize body")).findFirst().orElseThrow();
        assertTrue(oversize.body().length() > 2 * 1024 * 1024);
        FuzzCase overflow = cases.stream().filter(c -> c.name().equals("amountPence: overflowing number 1e400")).findFirst().orElseThrow();
        JsonNode body = new ObjectMapper().readTree(overflow.body());
        assertEquals("Street pastors", body.path("title").asText());
        assertTrue(overflow.body().contains("1E+400"), overflow.body());

        List<FuzzCase> capped = CaseGenerator.generate(update, 30);
        assertEquals(30, capped.size());
        assertTrue(capped.stream().anyMatch(c -> c.name().startsWith("path ")), "the cap keeps path cases");
        assertTrue(capped.stream().anyMatch(c -> c.name().startsWith("header ")), "the cap keeps header cases");
        assertTrue(capped.stream().anyMatch(c -> c.name().startsWith("amountPence")), "the cap keeps field cases");
    }

    @Test
    void badQueryParametersIncludeNegativePagesAndUnknownEnumValues() throws Exception {
        FuzzOperation list = OpenApiFuzzer.operations(new ObjectMapper().readTree(DOCUMENT), "/api/").get(1);
        List<String> names = CaseGenerator.generate(list, 60).stream().map(FuzzCase::name).toList();
        assertTrue(names.contains("query page=-1"), names.toString());
        assertTrue(names.contains("query page=9223372036854775808"), names.toString());
        assertTrue(names.contains("query status=NOT_A_VALUE"), names.toString());
    }
}
