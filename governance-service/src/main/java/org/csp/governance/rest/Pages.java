package org.csp.governance.rest;

import java.util.List;
import org.csp.governance.rest.BodyDtos.BodyView;
import org.csp.governance.rest.BodyDtos.CouncillorView;
import org.csp.governance.rest.BodyDtos.OfficerView;
import org.csp.governance.rest.CalendarDtos.CalendarSubscriptionView;
import org.csp.governance.rest.DecisionDtos.DecisionView;
import org.csp.governance.rest.MeetingDtos.ItemView;
import org.csp.governance.rest.MeetingDtos.MeetingView;
import org.csp.governance.rest.ObligationDtos.KnownSubjectView;
import org.csp.governance.rest.ObligationDtos.ObligationView;
import org.csp.governance.rest.TimetableDtos.ReportPathView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The concrete page shapes of this API, for the OpenAPI document (the same shape as {@code Page}). */
public final class Pages {
    private Pages() {
    }

    @Schema(name = "BodyPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record BodyPage(List<BodyView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "CouncillorPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record CouncillorPage(List<CouncillorView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "OfficerPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record OfficerPage(List<OfficerView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "MeetingPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record MeetingPage(List<MeetingView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "ItemPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record ItemPage(List<ItemView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "DecisionPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record DecisionPage(List<DecisionView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "ReportPathPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record ReportPathPage(List<ReportPathView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "ObligationPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record ObligationPage(List<ObligationView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "KnownSubjectPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record KnownSubjectPage(List<KnownSubjectView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "CalendarSubscriptionPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record CalendarSubscriptionPage(List<CalendarSubscriptionView> items, int page, int size, long totalItems, int totalPages) {
    }
}
