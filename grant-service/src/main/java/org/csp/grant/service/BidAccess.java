package org.csp.grant.service;

import org.csp.grant.domain.GrantBid;
import org.csp.platform.security.Actor;
import org.csp.platform.security.Roles;

/**
 * Who may see and change which bid. Officers and administrators: every bid. Partner agencies: only their
 * own agency's bids (another agency's bid answers 404, so ids cannot be probed). Councillors and the
 * PCC's office: every bid that was submitted; one withdrawn before it was ever submitted stays its applicant's draft.
 */
final class BidAccess {
    private BidAccess() {
    }

    static boolean maySee(Actor actor, GrantBid bid) {
        if (actor.actsForWholePartnership()) {
            return true;
        }
        if (actor.hasRole(Roles.AGENCY)) {
            return actor.agency() != null && actor.agency().equals(bid.ownerAgency);
        }
        return bid.submittedAt != null;
    }

    static boolean mayChange(Actor actor, GrantBid bid) {
        return actor.actsForWholePartnership()
                || (actor.hasRole(Roles.AGENCY) && actor.agency() != null && actor.agency().equals(bid.ownerAgency));
    }
}
