package org.csp.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * PostgreSQL cannot store the NUL character in text. A JSON string holding one is refused while the body is read,
 * as a 400 naming the field's JSON path ({@code ProblemMappers}); in the database the refusal could not say which
 * field it was. Applies to every String the body binds to: fields, list and array elements, map values.
 */
@Singleton
public class NoNulCharactersInJson implements ObjectMapperCustomizer {

    public static final String MESSAGE = "contains a NUL character";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-characters").addDeserializer(String.class, new NulRefusingStrings()));
    }

    static final class NulRefusingStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
