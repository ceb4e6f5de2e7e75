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
    static final Set<String> SUBMITTERS = roles(OFFICER, ADMIN, AGENCY);

    @Test
    void everyEndpointAnswersEachCallerAsTheMatrixSays() {
        EndpointSecurityMatrix.verify(Map.ofEntries(
                Map.entry("createArea", EDITORS),
                Map.entry("listAreas", EVERYONE),
                Map.entry("getArea", EVERYONE),
                Map.entry("setAreaPopulation", EDITORS),
                Map.entry("listCategories", EVERYONE),
                Map.entry("getCategory", EVERYONE),
                Map.entry("createCategory", EDITORS),
                Map.entry("importStatistics", SUBMITTERS),
                Map.entry("importStreetLevelCsv", SUBMITTERS),
                Map.entry("listImports", SUBMITTERS),
                Map.entry("getImport", SUBMITTERS),
                Map.entry("listCounts", EVERYONE),
                Map.entry("getTrends", EVERYONE),
                Map.entry("getTrendChart", EVERYONE),
                Map.entry("createFinding", EDITORS),
                Map.entry("listFindings", EVERYONE),
                Map.entry("getFinding", EVERYONE),
                Map.entry("createAssessment", EDITORS),
                Map.entry("listAssessments", EVERYONE),
                Map.entry("updateAssessment", EDITORS),
                Map.entry("proposeCandidates", EDITORS),
                Map.entry("listCandidates", EDITORS),
                Map.entry("acceptCandidate", EDITORS),
                Map.entry("dropCandidate", EDITORS),
                Map.entry("getAssessment", EVERYONE),
                Map.entry("publishAssessment", EDITORS),
                Map.entry("listAuditEntries", EDITORS)));
    }
}
