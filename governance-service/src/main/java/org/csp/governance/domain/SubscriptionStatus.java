package org.csp.governance.domain;

/** Where a calendar subscription stands: only an active one's feed answers. */
public enum SubscriptionStatus {
    ACTIVE, EXPIRED, REVOKED
}
