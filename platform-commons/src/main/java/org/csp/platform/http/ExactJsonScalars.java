package org.csp.platform.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON number or boolean binds only as what it is, in every service: a number with a fraction ({@code 171826.7}),
 * a string ({@code "12"}) or a boolean for an integer field, and a string or a number for a boolean field, are
 * refused as a 400 naming the field ({@code ProblemMappers}) instead of being truncated or converted (Jackson's
 * defaults would store {@code 171826.7} as {@code 171826}). Decimals are written plain ({@code 100}, never
 * {@code 1E+2}), so money and percentages read back exactly as they are shown.
 */
@Singleton
public class ExactJsonScalars implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // a fraction for an integer
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // a string for a number or a boolean, a boolean for a number, a number for a boolean
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
