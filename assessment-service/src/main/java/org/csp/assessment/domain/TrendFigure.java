package org.csp.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The change of one category between two periods, with the base counts and the notes needed to read it. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TrendFigure", description = "The change of one category between two periods; percentages to 1 decimal place, rates per 1,000 people to 2; null where not computable", requiredProperties = {"id", "categoryCode", "categoryName", "previousCount", "currentCount", "change", "changePercent", "previousRatePer1000", "currentRatePer1000", "previousSharePercent", "currentSharePercent", "rank", "smallNumbers", "unavailable", "unavailableReason", "notes", "summary"})
public record TrendFigure(
        UUID id, String categoryCode, String categoryName, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Long previousCount, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Long currentCount, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Long change,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) BigDecimal changePercent, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) BigDecimal previousRatePer1000, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) BigDecimal currentRatePer1000,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) BigDecimal previousSharePercent, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) BigDecimal currentSharePercent, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Integer rank, boolean smallNumbers,
        boolean unavailable, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) String unavailableReason, List<String> notes, String summary) {
}
