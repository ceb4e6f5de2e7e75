package org.csp.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import org.csp.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

class NoNulCharactersTest {

    public record Inner(String note, List<String> tags, String[] codes, Map<String, String> labels, Object any) {
    }

    public record Outer(String name, Inner inner, List<Inner> items) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        new NoNulCharactersInJson().customize(JSON);
    }

    static String pathOfRefusal(String json) {
        JsonMappingException e = assertThrows(InvalidFormatException.class, () -> JSON.readValue(json, Outer.class));
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }

    @Test
    void aNulInAnyJsonStringIsRefusedWithItsPath() {
        assertEquals(".name", pathOfRefusal("{\"name\":\"a\\u0000b\"}"));
        assertEquals(".inner.note", pathOfRefusal("{\"inner\":{\"note\":\"\\u0000\"}}"));
        assertEquals(".inner.tags[1]", pathOfRefusal("{\"inner\":{\"tags\":[\"ok\",\"x\\u0000\"]}}"));
        assertEquals(".inner.codes[0]", pathOfRefusal("{\"inner\":{\"codes\":[\"\\u0000\"]}}"));
        assertEquals(".inner.labels.k", pathOfRefusal("{\"inner\":{\"labels\":{\"k\":\"\\u0000\"}}}"));
        assertEquals(".items[0].note", pathOfRefusal("{\"items\":[{\"note\":\"\\u0000\"}]}"));
    }

    @Test
    void textWithoutNulAndOtherControlCharactersPass() throws Exception {
        Outer read = JSON.readValue("{\"name\":\"Maid\\tstone\\u0001\",\"inner\":{\"tags\":[\"a\"],\"any\":\"x\"}}", Outer.class);
        assertEquals("Maid\tstone\u0001", read.name());
        assertEquals(List.of("a"), read.inner().tags());
    }

    @Test
    void aNulInAParameterIsA400NamingTheParameter() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("page", "1");
        query.add("areaCode", "maid\u0000stone");
        ApiException.InvalidFieldException e = assertThrows(ApiException.InvalidFieldException.class,
                () -> NoNulCharactersInParameters.check(query));
        assertEquals(400, e.status());
        assertEquals("areaCode", e.field());
        query.remove("areaCode");
        NoNulCharactersInParameters.check(query);
    }
}
