package org.csp.plan.domain;

/** DRAFT → RECOMMENDED (committee decision) → ADOPTED (full Council) → SUPERSEDED (by the plan that replaces it). */
public enum PlanStatus {
    DRAFT, RECOMMENDED, ADOPTED, SUPERSEDED
}
