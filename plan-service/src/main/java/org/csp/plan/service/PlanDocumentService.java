package org.csp.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.plan.domain.ActionPlan;
import org.csp.plan.domain.CommunitySafetyPlan;
import org.csp.plan.domain.CrossCuttingTheme;
import org.csp.plan.domain.PartnershipGroup;
import org.csp.plan.domain.PlanAction;
import org.csp.plan.domain.PriorityTheme;
import org.csp.platform.time.FinancialYear;

/**
 * The plan as a readable XHTML document in the order of the published plan: foreword, the priorities, then
 * for each theme why it matters, the objective, the focus and the first year's actions, then the structure.
 */
@ApplicationScoped
public class PlanDocumentService {

    public String render(UUID planId) {
        CommunitySafetyPlan plan = CommunitySafetyPlan.require(planId);
        List<PriorityTheme> themes = PriorityTheme.ofPlan(planId);
        Map<UUID, PartnershipGroup> groups = new HashMap<>();
        PartnershipGroup.<PartnershipGroup>listAll().forEach(g -> groups.put(g.id, g));
        String firstYear = FinancialYear.firstStartingFrom(plan.periodStart).label();

        StringBuilder html = new StringBuilder(8_192);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head><meta charset=\"utf-8\" />")
                .append("<title>").append(esc(plan.title)).append("</title></head>\n<body>\n");
        html.append("<header><h1>").append(esc(plan.title)).append("</h1><p class=\"period\">")
                .append(plan.periodStart).append(" to ").append(plan.periodEnd).append(" &#8212; status ")
                .append(plan.status).append("</p></header>\n");

        html.append("<section id=\"foreword\"><h2>Foreword</h2>");
        paragraphs(html, plan.foreword);
        html.append("</section>\n");

        html.append("<section id=\"priorities\"><h2>Priorities</h2><ol>");
        themes.forEach(t -> html.append("<li>").append(esc(t.title)).append("</li>"));
        html.append("</ol>");
        if (!plan.crossCuttingThemes.isEmpty()) {
            html.append("<h3>Cross-cutting themes</h3><ul>");
            for (CrossCuttingTheme c : plan.crossCuttingThemes) {
                html.append("<li><strong>").append(esc(c.title)).append("</strong>");
                if (c.description != null && !c.description.isBlank()) {
                    html.append(": ").append(esc(c.description));
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</section>\n");

        for (PriorityTheme theme : themes) {
            html.append("<section class=\"theme\" id=\"theme-").append(theme.id).append("\"><h2>").append(esc(theme.title))
                    .append("</h2>");
            html.append("<h3>Why is this important?</h3>");
            paragraphs(html, theme.whyImportant);
            html.append("<h3>Partnership objective</h3>");
            paragraphs(html, theme.objective);
            html.append("<h3>What is our focus?</h3>");
            paragraphs(html, theme.focus);
            html.append("<h3>First 12 months &#8212; what will we do?</h3>");
            PartnershipGroup lead = theme.leadGroupId == null ? null : groups.get(theme.leadGroupId);
            html.append("<p class=\"lead\">Lead: ").append(lead == null ? "not yet assigned" : esc(lead.name)).append("</p>");
            ActionPlan first = ActionPlan.find("themeId = ?1 and financialYear = ?2", theme.id, firstYear).firstResult();
            if (first != null) {
                html.append("<p class=\"outcome\">Outcome: ").append(esc(first.outcome)).append("</p><ul class=\"actions\">");
                PlanAction.<PlanAction>list("actionPlanId = ?1 order by dueDate, title", first.id)
                        .forEach(a -> html.append("<li>").append(esc(a.title)).append(" (due ").append(a.dueDate).append(")</li>"));
                html.append("</ul>");
            } else {
                html.append("<p>No action plan for ").append(firstYear).append(" yet.</p>");
            }
            html.append("</section>\n");
        }

        html.append("<section id=\"structure\"><h2>Partnership structure</h2><ul>");
        groups.values().stream().sorted(Comparator.comparing((PartnershipGroup g) -> g.kind).thenComparing(g -> g.name))
                .forEach(g -> {
                    html.append("<li><strong>").append(esc(g.name)).append("</strong> (").append(g.kind).append(")");
                    if (g.parentId != null && groups.containsKey(g.parentId)) {
                        html.append(", reports to ").append(esc(groups.get(g.parentId).name));
                    }
                    html.append("</li>");
                });
        html.append("</ul><h3>Who delivers each priority</h3><table><thead><tr><th>Priority theme</th><th>Lead</th>")
                .append("<th>Supporting groups</th></tr></thead><tbody>");
        for (PriorityTheme theme : themes) {
            PartnershipGroup lead = theme.leadGroupId == null ? null : groups.get(theme.leadGroupId);
            html.append("<tr><td>").append(esc(theme.title)).append("</td><td>").append(lead == null ? "" : esc(lead.name))
                    .append("</td><td>");
            html.append(esc(String.join(", ", theme.supportingGroupIds.stream().map(groups::get)
                    .filter(java.util.Objects::nonNull).map(g -> g.name).sorted().toList())));
            html.append("</td></tr>");
        }
        html.append("</tbody></table></section>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void paragraphs(StringBuilder html, String text) {
        if (text == null || text.isBlank()) {
            html.append("<p></p>");
            return;
        }
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(esc(paragraph.trim())).append("</p>");
        }
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
