package org.csp.plan;

import static org.csp.platform.testing.EndpointSecurityMatrix.roles;
import static org.csp.platform.testing.TestTokens.ADMIN;
import static org.csp.platform.testing.TestTokens.AGENCY;
import static org.csp.platform.testing.TestTokens.COUNCILLOR;
import static org.csp.platform.testing.TestTokens.OFFICER;
import static org.csp.platform.testing.TestTokens.PCC;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    static final Set<String> EDITORS_AND_OWNING_AGENCY = roles(OFFICER, ADMIN, AGENCY);

    @Test
    void everyEndpointAnswersEachCallerAsTheMatrixSays() {
        int sent = EndpointSecurityMatrix.verify(Map.ofEntries(
                Map.entry("createGroup", EDITORS),
                Map.entry("listGroups", EVERYONE),
                Map.entry("getGroup", EVERYONE),
                Map.entry("updateGroup", EDITORS),
                Map.entry("createGroupDuty", EDITORS),
                Map.entry("listGroupDuties", EVERYONE),
                Map.entry("getGroupDuty", EVERYONE),
                Map.entry("updateGroupDuty", EDITORS),
                Map.entry("createPlan", EDITORS),
                Map.entry("listPlans", EVERYONE),
                Map.entry("getPlan", EVERYONE),
                Map.entry("updatePlan", EDITORS),
                Map.entry("openPlanRefresh", EDITORS),
                Map.entry("closePlanRefresh", EDITORS),
                Map.entry("getPlanDocument", EVERYONE),
                Map.entry("createTheme", EDITORS),
                Map.entry("listThemes", EVERYONE),
                Map.entry("getTheme", EVERYONE),
                Map.entry("updateTheme", EDITORS),
                Map.entry("deleteTheme", EDITORS),
                Map.entry("createActionPlan", EDITORS),
                Map.entry("listProposals", EDITORS),
                Map.entry("getProposal", EDITORS),
                Map.entry("acceptProposal", EDITORS),
                Map.entry("mergeProposal", EDITORS),
                Map.entry("rejectProposal", EDITORS),
                Map.entry("listActionPlans", EVERYONE),
                Map.entry("getActionPlan", EVERYONE),
                Map.entry("updateActionPlan", EDITORS),
                Map.entry("createIndicator", EDITORS),
                Map.entry("createAction", EDITORS),
                Map.entry("listIndicators", EVERYONE),
                Map.entry("getIndicator", EVERYONE),
                Map.entry("recordIndicatorValue", EDITORS),
                Map.entry("listActions", EVERYONE),
                Map.entry("getAction", EVERYONE),
                Map.entry("updateAction", EDITORS_AND_OWNING_AGENCY),
                Map.entry("recordActionProgress", EDITORS_AND_OWNING_AGENCY),
                Map.entry("listActionProgress", EVERYONE),
                Map.entry("listAuditEntries", EDITORS)));
        assertTrue(sent >= 39 * 9, "every operation was called by every kind of caller");
    }
}
