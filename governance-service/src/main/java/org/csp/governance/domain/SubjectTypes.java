package org.csp.governance.domain;

import java.util.List;

/** What an item or a decision can be about ({@code subject.type} in docs/events.md). */
public final class SubjectTypes {
    public static final String ASSESSMENT = "strategic-assessment";
    public static final String PLAN = "community-safety-plan";
    public static final String BID = "grant-bid";
    public static final String AWARD = "grant-award";
    public static final String OTHER = "other";
    public static final List<String> ALL = List.of(ASSESSMENT, PLAN, BID, AWARD, OTHER);
    /** Bean-validation pattern for a subject type. */
    public static final String PATTERN = "strategic-assessment|community-safety-plan|grant-bid|grant-award|other";

    private SubjectTypes() {
    }
}
