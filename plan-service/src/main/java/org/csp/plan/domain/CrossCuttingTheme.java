package org.csp.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A theme that applies across all priorities (Prevent duty, reducing reoffending, anti-social behaviour). */
@Embeddable
public class CrossCuttingTheme {
    @Column(nullable = false)
    public String title;
    public String description;

    public CrossCuttingTheme() {
    }

    public CrossCuttingTheme(String title, String description) {
        this.title = title;
        this.description = description;
    }
}
