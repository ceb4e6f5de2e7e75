package org.csp.governance.domain;

/** Whether the body decides itself or recommends to another body. */
public enum DecisionKind {
    DECIDES, RECOMMENDS
}
