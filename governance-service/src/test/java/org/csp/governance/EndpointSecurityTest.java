package org.csp.governance;

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
    static final Set<String> SIGNERS = roles(COUNCILLOR, OFFICER, ADMIN);
    static final Set<String> OBLIGATION_READERS = roles(OFFICER, ADMIN, COUNCILLOR, PCC);

    @Test
    void everyEndpointAnswersEachCallerAsTheMatrixSays() {
        EndpointSecurityMatrix.verify(Map.ofEntries(
                Map.entry("createBody", EDITORS),
                Map.entry("listBodies", EVERYONE),
                Map.entry("getBody", EVERYONE),
                Map.entry("addMembership", EDITORS),
                Map.entry("createCouncillor", EDITORS),
                Map.entry("listCouncillors", EVERYONE),
                Map.entry("getCouncillor", EVERYONE),
                Map.entry("updateCouncillor", EDITORS),
                Map.entry("createOfficer", EDITORS),
                Map.entry("listOfficers", EVERYONE),
                Map.entry("getOfficer", EVERYONE),
                Map.entry("createMeeting", EDITORS),
                Map.entry("listMeetings", EVERYONE),
                Map.entry("getMeeting", EVERYONE),
                Map.entry("updateMeeting", EDITORS),
                Map.entry("recordAttendance", EDITORS),
                Map.entry("publishMinutes", EDITORS),
                Map.entry("approveMinutes", EDITORS),
                Map.entry("getMinutesDocument", EVERYONE),
                Map.entry("addItem", EDITORS),
                Map.entry("listItems", EVERYONE),
                Map.entry("getItem", EVERYONE),
                Map.entry("updateItem", EDITORS),
                Map.entry("recordDecision", EDITORS),
                Map.entry("listDecisions", EVERYONE),
                Map.entry("getDecision", EVERYONE),
                Map.entry("submitReferral", SIGNERS),
                Map.entry("getReferral", EVERYONE),
                Map.entry("createReportPath", EDITORS),
                Map.entry("listReportPaths", EVERYONE),
                Map.entry("getReportPath", EVERYONE),
                Map.entry("listObligations", OBLIGATION_READERS),
                Map.entry("getObligation", OBLIGATION_READERS),
                Map.entry("completeObligation", EDITORS),
                Map.entry("listSubjects", EVERYONE),
                Map.entry("getCalendarFeed", EVERYONE),
                Map.entry("createCalendarSubscription", EVERYONE),
                Map.entry("listCalendarSubscriptions", EVERYONE),
                Map.entry("getCalendarSubscription", EVERYONE),
                Map.entry("revokeCalendarSubscription", EVERYONE),
                Map.entry("getSubscribedCalendarFeed", EndpointSecurityMatrix.NO_TOKEN_NEEDED),
                Map.entry("listAuditEntries", EDITORS)));
    }
}
