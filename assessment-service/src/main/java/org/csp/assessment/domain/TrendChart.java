package org.csp.assessment.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a category's monthly counts as a standalone SVG line chart: a gap (and a grey mark) where a month is
 * unavailable or missing, so an absence never looks like zero. Text is XML-escaped.
 */
public final class TrendChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 360;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private TrendChart() {
    }

    /** @param values every month from {@code from} to {@code to}; a null value is unavailable, an absent key is missing */
    public static String svg(String title, YearMonth from, YearMonth to, Map<YearMonth, Long> values, Map<YearMonth, Boolean> unavailable) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        long max = values.values().stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
        long top = niceCeiling(max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = months.size() > 1 ? plotWidth / (months.size() - 1) : 0;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"24\" font-family=\"sans-serif\" font-size=\"16\">")
                .append(escape(title)).append("</text>\n");
        for (int i = 0; i <= 4; i++) {
            long value = top * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#ddd\"/>\n");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"11\">").append(value).append("</text>\n");
        }
        int labelEvery = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            double x = LEFT + step * i;
            if (i % labelEvery == 0) {
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                        .append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"11\">").append(month).append("</text>\n");
            }
            Long value = values.get(month);
            if (value == null) {
                if (!current.isEmpty()) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
                String label = Boolean.TRUE.equals(unavailable.get(month)) ? "unavailable" : "no data";
                svg.append("<rect class=\"gap\" x=\"").append(fmt(x - 3)).append("\" y=\"").append(TOP).append("\" width=\"6\" height=\"")
                        .append(fmt(plotHeight)).append("\" fill=\"#eee\"><title>").append(month).append(": ").append(label)
                        .append("</title></rect>\n");
                continue;
            }
            double y = TOP + plotHeight - (top == 0 ? 0 : plotHeight * value / top);
            current.add(fmt(x) + "," + fmt(y));
            svg.append("<circle class=\"point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"3\" fill=\"#1f5fa8\"><title>").append(month).append(": ").append(value).append("</title></circle>\n");
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        for (List<String> segment : segments) {
            svg.append("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"")
                    .append(String.join(" ", segment)).append("\"/>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    static long niceCeiling(long max) {
        if (max <= 4) {
            return 4;
        }
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(max)));
        for (long factor : new long[] {1, 2, 4, 5, 10}) {
            long candidate = factor * magnitude;
            if (candidate >= max && candidate % 4 == 0) {
                return candidate;
            }
        }
        return ((max + 3) / 4) * 4;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
