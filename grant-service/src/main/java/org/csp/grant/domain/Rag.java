package org.csp.grant.domain;

/** Red, amber or green: how delivery of a funded project is going. */
public enum Rag {
    GREEN, AMBER, RED
}
