package org.csp.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the per-category totals of two periods into trend figures: change as a count and a percentage, rate
 * per 1,000 people, share of all crime, rank by percentage change, a small-numbers flag and the recording
 * notes that apply, so a recording change is not read as a crime wave. Unavailable figures are never zero.
 */
public final class TrendCalculator {

    public record Input(String areaCode, String sourceCode, ReportingPeriod previous, ReportingPeriod current,
            Map<String, CategoryTotal> previousTotals, Map<String, CategoryTotal> currentTotals,
            Map<String, CrimeCategory> categories, Long previousPopulation, Long currentPopulation,
            List<RecordingNote> notes, int smallNumberThreshold) {
    }

    private TrendCalculator() {
    }

    public static UUID trendId(String area, String source, String category, ReportingPeriod previous, ReportingPeriod current) {
        return UUID.nameUUIDFromBytes(("trend|" + area + "|" + source + "|" + category + "|" + previous.label() + "|"
                + current.label()).getBytes(StandardCharsets.UTF_8));
    }

    public static List<TrendFigure> calculate(Input in) {
        Long previousAll = allCrime(in.previousTotals(), in.categories(), in.previous());
        Long currentAll = allCrime(in.currentTotals(), in.categories(), in.current());
        List<String> codes = new ArrayList<>(in.categories().keySet());
        codes.retainAll(union(in.previousTotals(), in.currentTotals()));
        codes.sort(Comparator.naturalOrder());
        List<TrendFigure> figures = new ArrayList<>();
        for (String code : codes) {
            CrimeCategory category = in.categories().get(code);
            CategoryTotal before = in.previousTotals().get(code);
            CategoryTotal after = in.currentTotals().get(code);
            String reason = unavailableReason(before, in.previous());
            if (reason == null) {
                reason = unavailableReason(after, in.current());
            }
            Long previousCount = usable(before, in.previous()) ? before.count() : null;
            Long currentCount = usable(after, in.current()) ? after.count() : null;
            boolean unavailable = reason != null;
            Long change = unavailable ? null : currentCount - previousCount;
            BigDecimal percent = unavailable || previousCount == 0 ? null
                    : BigDecimal.valueOf(change * 100).divide(BigDecimal.valueOf(previousCount), 1, RoundingMode.HALF_UP);
            boolean small = previousCount != null && previousCount < in.smallNumberThreshold()
                    || currentCount != null && currentCount < in.smallNumberThreshold();
            List<String> notes = in.notes().stream().filter(n -> applies(n, code, in.previous(), in.current()))
                    .map(RecordingNote::text).distinct().toList();
            figures.add(new TrendFigure(trendId(in.areaCode(), in.sourceCode(), code, in.previous(), in.current()), code,
                    category.name, previousCount, currentCount, change, percent, rate(previousCount, in.previousPopulation()),
                    rate(currentCount, in.currentPopulation()), share(previousCount, previousAll, code),
                    share(currentCount, currentAll, code), null, small, unavailable, reason, notes,
                    summary(category.name, previousCount, currentCount, percent, in.previous(), in.current())));
        }
        return ranked(figures);
    }

    /** A note applies when it concerns the category (or all) and took effect after the previous period began. */
    static boolean applies(RecordingNote note, String category, ReportingPeriod previous, ReportingPeriod current) {
        boolean categoryMatches = note.categoryCode() == null || note.categoryCode().equals(category);
        return categoryMatches && note.fromMonth().isAfter(previous.start()) && !note.fromMonth().isAfter(current.end());
    }

    private static List<TrendFigure> ranked(List<TrendFigure> figures) {
        List<TrendFigure> withPercent = new ArrayList<>(figures.stream().filter(f -> f.changePercent() != null).toList());
        withPercent.sort(Comparator.comparing(TrendFigure::changePercent).reversed().thenComparing(TrendFigure::categoryCode));
        List<TrendFigure> result = new ArrayList<>();
        int rank = 1;
        for (TrendFigure f : withPercent) {
            result.add(new TrendFigure(f.id(), f.categoryCode(), f.categoryName(), f.previousCount(), f.currentCount(),
                    f.change(), f.changePercent(), f.previousRatePer1000(), f.currentRatePer1000(), f.previousSharePercent(),
                    f.currentSharePercent(), rank++, f.smallNumbers(), f.unavailable(), f.unavailableReason(), f.notes(),
                    f.summary()));
        }
        figures.stream().filter(f -> f.changePercent() == null).forEach(result::add);
        return result;
    }

    private static boolean usable(CategoryTotal total, ReportingPeriod period) {
        return total != null && total.monthsUnavailable() == 0 && total.monthsWithData() == period.months();
    }

    private static String unavailableReason(CategoryTotal total, ReportingPeriod period) {
        if (total == null || total.monthsWithData() == 0 && total.monthsUnavailable() == 0) {
            return "no figures for " + period.label();
        }
        if (total.monthsUnavailable() > 0) {
            return "figures unavailable for " + total.monthsUnavailable() + " of the " + period.months() + " months of "
                    + period.label();
        }
        if (total.monthsWithData() < period.months()) {
            return "figures cover only " + total.monthsWithData() + " of the " + period.months() + " months of "
                    + period.label();
        }
        return null;
    }

    /** All recorded crime: the source's own total when it gives one, else the sum of the additive categories. */
    private static Long allCrime(Map<String, CategoryTotal> totals, Map<String, CrimeCategory> categories, ReportingPeriod period) {
        CategoryTotal stated = totals.get(CrimeCategory.ALL_CRIME);
        if (stated != null) {
            return usable(stated, period) ? stated.count() : null;
        }
        long sum = 0;
        boolean any = false;
        for (CategoryTotal total : totals.values()) {
            CrimeCategory category = categories.get(total.categoryCode());
            if (category != null && category.countsTowardsTotal) {
                if (!usable(total, period)) {
                    return null;
                }
                sum += total.count();
                any = true;
            }
        }
        return any ? sum : null;
    }

    private static BigDecimal rate(Long count, Long population) {
        if (count == null || population == null || population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 1000).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(Long count, Long all, String code) {
        if (count == null || all == null || all == 0 || CrimeCategory.ALL_CRIME.equals(code)) {
            return null;
        }
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
    }

    private static String summary(String name, Long previous, Long current, BigDecimal percent, ReportingPeriod from,
            ReportingPeriod to) {
        String change = percent == null ? "change not computable" : (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
        return name + " " + change + " (" + (previous == null ? "n/a" : previous) + " in " + from.label() + ", "
                + (current == null ? "n/a" : current) + " in " + to.label() + ")";
    }

    private static java.util.Set<String> union(Map<String, CategoryTotal> a, Map<String, CategoryTotal> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
