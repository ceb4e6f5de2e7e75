package org.csp.grant;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The tests' own JSON Schema of the 360Giving export (src/test/resources/threesixtygiving), with formats asserted. */
final class ThreeSixtyGivingSchema {

    private static final Schema SCHEMA = load();

    private ThreeSixtyGivingSchema() {
    }

    static List<String> errors(JsonNode document) {
        return SCHEMA.validate(document, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true))).stream()
                .map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = ThreeSixtyGivingSchema.class.getResourceAsStream("/threesixtygiving/grant-package.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
