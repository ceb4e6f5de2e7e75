package org.csp.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The change of one category between two periods, with the base counts and the notes needed to read it. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TrendFigure", description = "The change of one category between two periods; percentages to 1 decimal place, rates per 1,000 people to 2; null where not computable")
public record TrendFigure(
        UUID id, String categoryCode, String categoryName, Long previousCount, Long currentCount, Long change,
        BigDecimal changePercent, BigDecimal previousRatePer1000, BigDecimal currentRatePer1000,
        BigDecimal previousSharePercent, BigDecimal currentSharePercent, Integer rank, boolean smallNumbers,
        boolean unavailable, String unavailableReason, List<String> notes, String summary) {
}
