package org.csp.plan.domain;

/** What every sub-group owes the partnership each year (the seed's "each sub-group is responsible for"). */
public enum DutyKind {
    ANNUAL_ACTION_PLAN, RESOURCES_IN_PLACE, FUNDING_APPLICATIONS, EQUALITIES_ANALYSIS
}
