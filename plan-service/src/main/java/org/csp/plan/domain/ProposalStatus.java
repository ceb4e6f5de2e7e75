package org.csp.plan.domain;

/** An officer accepts, merges or rejects each proposal that arrives from the evidence. */
public enum ProposalStatus {
    PENDING, ACCEPTED, MERGED, REJECTED
}
