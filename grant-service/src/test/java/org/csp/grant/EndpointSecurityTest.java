package org.csp.grant;

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
    static final Set<String> OFFICERS = roles(OFFICER, ADMIN);
    static final Set<String> BIDDERS = roles(OFFICER, ADMIN, AGENCY);
    static final Set<String> REPORT_READERS = roles(OFFICER, ADMIN, COUNCILLOR, PCC);

    @Test
    void everyEndpointAnswersEachCallerAsTheMatrixSays() {
        EndpointSecurityMatrix.verify(Map.ofEntries(
                Map.entry("createAward", OFFICERS),
                Map.entry("listAwards", EVERYONE),
                Map.entry("getAward", EVERYONE),
                Map.entry("updateAward", OFFICERS),
                Map.entry("drawFromTacticalPot", OFFICERS),
                Map.entry("listTacticalDraws", EVERYONE),
                Map.entry("getTacticalDraw", EVERYONE),
                Map.entry("createBid", BIDDERS),
                Map.entry("listBids", EVERYONE),
                Map.entry("getBid", EVERYONE),
                Map.entry("updateBid", BIDDERS),
                Map.entry("submitBid", BIDDERS),
                Map.entry("siftBid", OFFICERS),
                Map.entry("approveBid", OFFICERS),
                Map.entry("changeAllocation", OFFICERS),
                Map.entry("startBidDelivery", OFFICERS),
                Map.entry("completeBid", OFFICERS),
                Map.entry("withdrawBid", BIDDERS),
                Map.entry("listBidTransitions", EVERYONE),
                Map.entry("recordPayment", OFFICERS),
                Map.entry("listPayments", EVERYONE),
                Map.entry("getPayment", EVERYONE),
                Map.entry("addProgressReport", BIDDERS),
                Map.entry("listProgressReports", EVERYONE),
                Map.entry("getBidProgressReport", EVERYONE),
                Map.entry("getPccReturn", REPORT_READERS),
                Map.entry("getProgressReport", REPORT_READERS),
                Map.entry("export360Giving", EVERYONE),
                Map.entry("listCurrentPlanPriorities", EVERYONE),
                Map.entry("listPlanActions", EVERYONE),
                Map.entry("listAuditEntries", OFFICERS)));
    }
}
