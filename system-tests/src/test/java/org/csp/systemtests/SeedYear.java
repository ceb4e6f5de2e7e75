package org.csp.systemtests;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data in the shape of Maidstone's year 2019: the figures behind the 2019-20 Strategic Assessment,
 * the five priority themes of the Community Safety Plan 2019-22 and the sub-groups that lead them,
 * written as what partner systems would send.
 */
final class SeedYear {

    private SeedYear() {
    }

    /** Yearly counts FY2017-18 → FY2018-19 per category (the percentages quoted to the committee come out of them). */
    static final Map<String, long[]> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("most-serious-violence", new long[] {100, 138});   // +38.0 %
        COUNTS.put("domestic-abuse", new long[] {1900, 2220});        // +16.8 %
        COUNTS.put("sexual-offences", new long[] {330, 489});         // +48.2 %
        COUNTS.put("drug-possession", new long[] {300, 242});         // -19.3 %
        COUNTS.put("all-crime", new long[] {12700, 14800});
    }

    /** A theme of the plan: the assessment's recommendation, the theme title, its lead group, a first-year action. */
    record Theme(String recommendation, String evidenceCategory, String title, String groupCode, String groupName,
            String action) {
    }

    static final List<Theme> THEMES = List.of(
            new Theme("Protecting our communities against serious, violent and organised crime", "most-serious-violence",
                    "Protecting our communities against Organised Crime Groups (including modern slavery)",
                    "socp", "Serious & Organised Crime Panel", "Raise awareness of modern slavery with licensed premises"),
            new Theme("Reducing the harm caused by domestic abuse", "domestic-abuse",
                    "Reducing the harm caused by Domestic Abuse (including stalking)",
                    "daf", "Domestic Abuse Forum", "Run outreach sessions of the One Stop Shop in rural parishes"),
            new Theme("Safeguarding children and young people", "sexual-offences",
                    "Keeping Children and Young People Safe",
                    "cyp", "Children and Young People Working Group", "Deliver healthy-relationships workshops in secondary schools"),
            new Theme("Reducing the impact of substance misuse", "drug-possession",
                    "Reducing the impact of Substance Misuse on our community",
                    "sm", "Substance Misuse Working Group", "Map county-lines activity with partners each quarter"),
            new Theme("Safeguarding people whose mental health makes them vulnerable", null,
                    "Safeguard people whose Mental Health makes them vulnerable to becoming a victim or where it leads to an impact on the wider community",
                    "csvg", "Community Safety Vulnerability Group", "Agree a referral pathway with mental health services"));

    /** The monthly import body: each yearly total spread over the twelve months April to March. */
    static String importBody(String area) {
        List<String> rows = new ArrayList<>();
        COUNTS.forEach((category, counts) -> {
            rows.addAll(months(category, 2017, counts[0]));
            rows.addAll(months(category, 2018, counts[1]));
        });
        return """
                {"areaCode":"%s","sourceCode":"kent-police","vintage":"2019-01 extract","rows":[%s],
                 "notes":[{"fromMonth":"2018-04","text":"Multiple crimes in one incident are now recorded separately"}]}"""
                .formatted(area, String.join(",", rows));
    }

    private static List<String> months(String category, int startYear, long total) {
        List<String> rows = new ArrayList<>();
        YearMonth month = YearMonth.of(startYear, 4);
        for (int i = 0; i < 12; i++) {
            long count = total / 12 + (i < total % 12 ? 1 : 0);
            rows.add("{\"categoryCode\":\"%s\",\"month\":\"%s\",\"count\":%d}".formatted(category, month.plusMonths(i), count));
        }
        return rows;
    }

    /** The assessment's five recommended priorities, each with the trend that supports it (the last has none). */
    static String assessmentBody(String area) {
        List<String> priorities = new ArrayList<>();
        for (Theme theme : THEMES) {
            String evidence = theme.evidenceCategory() == null ? "[]" : """
                    [{"kind":"TREND","categoryCode":"%s","previous":"FY2017-18","current":"FY2018-19","sourceCode":"kent-police"}]"""
                    .formatted(theme.evidenceCategory());
            String categories = theme.evidenceCategory() == null ? "[]" : "[\"" + theme.evidenceCategory() + "\"]";
            priorities.add("""
                    {"title":"%s","rationale":"Recommended by the 2019-20 Strategic Assessment","categoryCodes":%s,"evidence":%s}"""
                    .formatted(theme.recommendation(), categories, evidence));
        }
        return """
                {"areaCode":"%s","financialYear":"2019-20","title":"Strategic Assessment 2019-20",
                 "pendingData":["Needle exchange data from the recovery service to be added later"],
                 "priorities":[%s]}""".formatted(area, String.join(",", priorities));
    }
}
