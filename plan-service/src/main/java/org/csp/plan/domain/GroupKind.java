package org.csp.plan.domain;

/** The kinds of body that make up the partnership (the seed's Appendix 2). */
public enum GroupKind {
    PARTNERSHIP, EXECUTIVE_GROUP, COMMUNITY_SAFETY_UNIT, SCRUTINY_COMMITTEE, SUB_GROUP, WORKING_GROUP, LINKED_BOARD
}
