package org.csp.governance.domain;

/** A councillor's role on a body. */
public enum MembershipRole {
    CHAIR, VICE_CHAIR, MEMBER
}
