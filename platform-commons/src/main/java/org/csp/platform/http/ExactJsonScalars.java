package org.csp.platform.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A JSON scalar binds only as what it is, in every service: a number with a fraction ({@code 171826.7}), a string
 * ({@code "12"}) or a boolean for an integer field; a string or a number for a boolean field; a number or a boolean
 * for a text field; a number for an enum field; and an empty or blank string for a UUID field, are refused as a 400 naming the field ({@code ProblemMappers})
 * instead of being truncated or converted. Jackson's defaults would store {@code 171826.7} as {@code 171826},
 * {@code true} as the text "true", {@code "kind": 1} as the enum's second constant, and {@code "bodyId": ""} as no
 * body at all. Decimals are written plain
 * ({@code 100}, never {@code 1E+2}), so money and percentages read back exactly as they are shown. A body is one
 * JSON value with each field once: trailing content ({@code {...} xyz}, which Jackson would ignore) and a field
 * given twice (of which Jackson would keep the last) are refused too. A date or time ({@code java.time}) is read
 * only from its ISO text: Jackson would also take {@code [2019,5,1]} as a date and a number as a day or second count.
 */
@Singleton
public class ExactJsonScalars implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // a fraction for an integer
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // a string for a number or a boolean, a boolean for a number, a number for a boolean
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // a number or a boolean for a text
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // an empty or blank string for a UUID (and any other scalar read from text), which Jackson would take as null
        mapper.coercionConfigFor(LogicalType.OtherScalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // a number for an enum (its position in the list of constants)
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // a body is one JSON value, each field given once: "{...} xyz" and {"name":"A","name":"B"} are not taken
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // [2019,5,1] or 18017 for a date, 1556668800 for an instant
        mapper.registerModule(new SimpleModule("dates-as-text").setDeserializerModifier(new DatesAsTextOnly()));
    }

    static final class DatesAsTextOnly extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return type.getPackageName().equals("java.time") ? new TextOnly(deserializer) : deserializer;
        }
    }

    static final class TextOnly extends DelegatingDeserializer {
        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
