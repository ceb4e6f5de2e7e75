package org.csp.plan.domain;

/** An officer accepts (new theme), merges (into an existing theme) or rejects each proposal from the evidence. */
public enum ProposalStatus {
    PENDING, ACCEPTED, MERGED, REJECTED
}
