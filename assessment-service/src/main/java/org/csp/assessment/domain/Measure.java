package org.csp.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One figure of a finding: "feel safe at home" 93 PERCENT, "responses" 2350 COUNT. */
@Embeddable
public class Measure {
    public enum Unit { COUNT, PERCENT }

    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public BigDecimal value;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Unit unit;
}
