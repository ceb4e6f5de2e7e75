package org.csp.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.csp.platform.problem.ApiException;

/** A priority theme of a plan: why it matters, the partnership objective, the focus, who leads and the evidence. */
@Entity
@Table(name = "priority_theme")
public class PriorityTheme extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String title;
    @Column(name = "why_important")
    public String whyImportant;
    public String objective;
    public String focus;
    @Column(name = "lead_group_id")
    public UUID leadGroupId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_theme_supporting_group", joinColumns = @JoinColumn(name = "theme_id"))
    @Column(name = "group_id")
    public Set<UUID> supportingGroupIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_theme_pcc_priority", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    @Column(name = "priority")
    public List<String> pccPriorities = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_theme_evidence", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    public List<ThemeEvidence> evidence = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    public static PriorityTheme require(UUID id) {
        PriorityTheme theme = id == null ? null : findById(id);
        if (theme == null) {
            throw ApiException.notFound("theme", id);
        }
        return theme;
    }

    public static List<PriorityTheme> ofPlan(UUID planId) {
        return list("planId = ?1 order by position, title", planId);
    }

    /** Does this theme already cover a recommended priority (same recommendation, or the same title)? */
    public boolean covers(UUID recommendationId, String recommendedTitle) {
        String wanted = normalise(recommendedTitle);
        if (normalise(title).equals(wanted)) {
            return true;
        }
        return evidence.stream().anyMatch(e -> e.recommendationId.equals(recommendationId)
                || (e.title != null && normalise(e.title).equals(wanted)));
    }

    static String normalise(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
