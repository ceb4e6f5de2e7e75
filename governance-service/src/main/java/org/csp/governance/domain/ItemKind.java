package org.csp.governance.domain;

/** The standard items of every meeting, the substantive items, and the duration. */
public enum ItemKind {
    APOLOGIES, SUBSTITUTES, URGENT_ITEMS, VISITING_MEMBERS, DISCLOSURES, LOBBYING, EXEMPT_INFORMATION, PREVIOUS_MINUTES, PETITIONS, PUBLIC_QUESTIONS, SUBSTANTIVE, DURATION
}
