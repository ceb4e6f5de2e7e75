package org.csp.grant.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csp.grant.config.GrantConfig;
import org.csp.grant.domain.BidStatus;
import org.csp.grant.domain.GrantAward;
import org.csp.grant.domain.GrantBid;
import org.csp.grant.domain.Money;
import org.csp.grant.domain.PlanPriority;
import org.csp.grant.domain.ProgressReport;
import org.csp.grant.domain.TacticalDraw;
import org.csp.grant.rest.AwardDtos.DrawView;
import org.csp.grant.rest.AwardDtos.ObligationView;
import org.csp.grant.rest.ReportDtos.GivingGrant;
import org.csp.grant.rest.ReportDtos.GivingOrganisation;
import org.csp.grant.rest.ReportDtos.GivingPackage;
import org.csp.grant.rest.ReportDtos.GivingPeriod;
import org.csp.grant.rest.ReportDtos.GivingProgramme;
import org.csp.grant.rest.ReportDtos.LatestProgress;
import org.csp.grant.rest.ReportDtos.PccReturn;
import org.csp.grant.rest.ReportDtos.PccReturnProject;
import org.csp.grant.rest.ReportDtos.PriorityView;
import org.csp.grant.rest.ReportDtos.ProgressProject;
import org.csp.grant.rest.ReportDtos.ProgressSummary;
import org.csp.grant.rest.ReportDtos.TacticalPotView;

/** Builds the PCC return, the September progress report and the 360Giving export of one award. */
@ApplicationScoped
public class ReportService {

    private static final List<BidStatus> EVER_APPROVED = List.of(BidStatus.APPROVED, BidStatus.IN_DELIVERY, BidStatus.COMPLETED,
            BidStatus.WITHDRAWN);

    @Inject
    AwardService awards;
    @Inject
    PlanPriorityService priorities;
    @Inject
    Clock clock;
    @Inject
    GrantConfig config;

    public PccReturn pccReturn(UUID awardId) {
        GrantAward award = awards.get(awardId);
        List<GrantBid> funded = funded(awardId);
        Map<UUID, PlanPriority> titles = titles(funded);
        List<PccReturnProject> projects = funded.stream().map(b -> new PccReturnProject(b.id, b.title, b.applicantType,
                b.applicant, b.applicantName, b.status, b.amountRequestedPence, b.allocatedPence, priorities(b, titles),
                b.pccPriorities.stream().sorted().toList(), b.expectedOutcomes, b.deliveryStart, b.deliveryEnd)).toList();
        long forBids = award.amountPence - award.tacticalPotPence;
        return new PccReturn(award.id, award.funder, award.recipient, award.areaCode, award.financialYear, award.amountPence, forBids,
                award.allocatedPence, award.availableForAllocationPence(), projects, pot(award),
                award.obligations.stream().map(o -> new ObligationView(o.code, o.description, o.dueDate)).toList(),
                clock.instant());
    }

    public ProgressSummary progress(UUID awardId) {
        GrantAward award = awards.get(awardId);
        List<GrantBid> funded = funded(awardId);
        Map<UUID, PlanPriority> titles = titles(funded);
        long spend = 0;
        long underspend = 0;
        List<ProgressProject> projects = new java.util.ArrayList<>();
        for (GrantBid b : funded) {
            long under = b.status == BidStatus.COMPLETED ? b.unpaidPence() : 0;
            spend += b.paidPence;
            underspend += under;
            ProgressReport latest = ProgressReport.<ProgressReport>find("bidId = ?1 order by reportedOn desc, recordedAt desc", b.id)
                    .firstResult();
            projects.add(new ProgressProject(b.id, b.title, b.applicantName, b.status, b.allocatedPence, b.paidPence,
                    b.unpaidPence(), under, priorities(b, titles), latest == null ? null
                    : new LatestProgress(latest.reportedOn, latest.summary, latest.outcomesAchieved, latest.rag)));
        }
        return new ProgressSummary(award.id, award.financialYear, award.funder, award.amountPence, award.allocatedPence,
                spend, underspend, award.availableForAllocationPence(), projects, pot(award), clock.instant());
    }

    /**
     * Awarded bids of the award in the 360Giving Data Standard: approved, in delivery or completed, and withdrawn
     * ones that were paid (awarded what was paid).
     */
    public GivingPackage threeSixtyGiving(UUID awardId) {
        GrantAward award = awards.get(awardId);
        GrantConfig.ThreeSixtyGiving ids = config.threeSixtyGiving();
        GivingProgramme programme = new GivingProgramme("pcc-community-safety-grant-" + award.financialYear,
                "PCC Community Safety Grant " + award.financialYear);
        GivingOrganisation funder = new GivingOrganisation(ids.organisationPrefix() + "-" + slug(award.funder), award.funder);
        List<GivingGrant> grants = funded(awardId).stream().map(b -> new GivingGrant(
                ids.identifierPrefix() + "-" + b.id, b.title, b.description, "GBP",
                Money.pounds(b.allocatedPence), Money.pounds(b.amountRequestedPence), Money.pounds(b.paidPence),
                b.approvedOn.toString(),
                List.of(new GivingPeriod(b.deliveryStart.toString(), b.deliveryEnd.toString())),
                List.of(funder),
                List.of(new GivingOrganisation(ids.organisationPrefix() + "-" + b.applicant, b.applicantName)),
                List.of(programme))).toList();
        return new GivingPackage(grants);
    }

    /** The bids holding part of the award, withdrawn ones that were paid included. */
    private List<GrantBid> funded(UUID awardId) {
        return GrantBid.<GrantBid>list("awardId = ?1 and status in ?2 and approvedOn is not null order by approvedOn, title, id",
                awardId, EVER_APPROVED).stream().filter(GrantBid::holdsAllocation).toList();
    }

    private Map<UUID, PlanPriority> titles(List<GrantBid> bids) {
        Set<UUID> ids = new HashSet<>();
        bids.forEach(b -> ids.addAll(b.priorityIds));
        return priorities.byId(ids);
    }

    private static List<PriorityView> priorities(GrantBid b, Map<UUID, PlanPriority> titles) {
        return b.priorityIds.stream().sorted().map(id -> {
            PlanPriority p = titles.get(id);
            return new PriorityView(id, p == null ? null : p.title, p != null && p.current);
        }).sorted(Comparator.comparing(PriorityView::priorityId)).toList();
    }

    private static TacticalPotView pot(GrantAward award) {
        List<DrawView> draws = TacticalDraw.<TacticalDraw>list("awardId = ?1 order by drawnAt, id", award.id).stream()
                .map(d -> DrawView.of(d, null)).toList();
        return new TacticalPotView(award.tacticalPotPence, award.drawnPence, award.tacticalPotRemainingPence(), draws);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
