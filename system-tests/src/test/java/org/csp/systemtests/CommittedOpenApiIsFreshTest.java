package org.csp.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csp.systemtests.SystemUnderTest.Service;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI documents partner systems and the frontend team receive are the committed
 * contracts/openapi/<svc>-service.yaml; the build regenerates them from the code into
 * <svc>-service/target/openapi/openapi.yaml. A change to the API must show in review as a change to the
 * committed document, so the build fails while they differ. (contracts/check.sh checks the same, and more.)
 */
class CommittedOpenApiIsFreshTest {

    @Test
    void everyCommittedOpenApiDocumentEqualsTheOneGeneratedFromTheCode() throws Exception {
        Path repository = SystemUnderTest.repository();
        List<String> stale = new ArrayList<>();
        for (Service service : Service.values()) {
            Path generated = repository.resolve(service.module()).resolve("target/openapi/openapi.yaml");
            Path committed = repository.resolve("contracts/openapi").resolve(service.module() + ".yaml");
            assertTrue(Files.isRegularFile(generated), generated + " missing: the service build writes it during package");
            assertTrue(Files.isRegularFile(committed), committed + " missing: run contracts/refresh.sh and commit it");
            if (!Files.readString(generated).equals(Files.readString(committed))) {
                stale.add("contracts/openapi/" + service.module() + ".yaml");
            }
        }
        if (!stale.isEmpty()) {
            fail("stale OpenAPI documents " + stale + ": the API in the code changed. Refresh them with "
                    + "contracts/refresh.sh (after ./mvnw package) and commit contracts/openapi/.");
        }
    }
}
