package org.csp.governance.domain;

/** What the decision does to its subject (docs/events.md). */
public enum DecisionAction {
    ENDORSE, RECOMMEND, ADOPT, APPROVE, REJECT, NOTE
}
