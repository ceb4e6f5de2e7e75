package org.csp.assessment;

import static org.csp.platform.testing.EndpointSecurityMatrix.roles;
import static org.csp.platform.testing.TestTokens.ADMIN;
import static org.csp.platform.testing.TestTokens.AGENCY;
import static org.csp.platform.testing.TestTokens.COUNCILLOR;
import static org.csp.platform.testing.TestTokens.OFFICER;
import static org.csp.platform.testing.TestTokens.PCC;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.csp.platform.testing.EndpointSecurityMatrix;
import org.junit.jupiter.api.Test;

/** Every endpoint × every kind of caller; an endpoint missing from this table fails the build. */
@QuarkusTest
class EndpointSecurityTest {

    static final Set<String> EVERYONE = roles(OFFICER, ADMIN, AGENCY, COUNCILLOR, PCC);
    static final Set<String> EDITORS = roles(OFFICER, ADMIN);

    @Test
    void everyEndpointAnswersEachCallerAsTheMatrixSays() {
        EndpointSecurityMatrix.verify(Map.of(
                "createAssessment", EDITORS,
                "getAssessment", EVERYONE,
                "publishAssessment", EDITORS,
                "listAuditEntries", EDITORS));
    }
}
