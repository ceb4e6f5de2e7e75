package org.csp.plan.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * PostgreSQL cannot store the NUL character in text, so a JSON string containing one is refused as a field error
 * (400 naming the field) instead of failing in the database.
 */
@Singleton
public class NoNulCharactersInJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("no-nul-characters");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = super.deserialize(p, ctxt);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return (String) ctxt.handleWeirdStringValue(String.class, value, "contains a NUL character");
                }
                return value;
            }
        });
        mapper.registerModule(module);
    }
}
