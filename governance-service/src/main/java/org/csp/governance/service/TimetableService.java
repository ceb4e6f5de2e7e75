package org.csp.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.Decision;
import org.csp.governance.domain.DecisionStatus;
import org.csp.governance.domain.Meeting;
import org.csp.governance.domain.MeetingStatus;
import org.csp.governance.domain.ReportPath;
import org.csp.governance.domain.ReportStep;
import org.csp.governance.domain.StepPurpose;
import org.csp.governance.domain.SubjectTypes;
import org.csp.governance.rest.MeetingDtos.SubjectView;
import org.csp.governance.rest.TimetableDtos.CreateReportPath;
import org.csp.governance.rest.TimetableDtos.ReportPathView;
import org.csp.governance.rest.TimetableDtos.StepDecision;
import org.csp.governance.rest.TimetableDtos.StepView;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.problem.ApiException;

/** A report's path across meetings: committee recommends, the final decision-maker decides. */
@ApplicationScoped
public class TimetableService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * The meetings come in date order, none cancelled; only the last step decides, and it is a meeting of
     * the final decision-maker.
     */
    @Transactional
    public ReportPath create(CreateReportPath request) {
        if (!SubjectTypes.OTHER.equals(request.subject().type()) && request.subject().id() == null) {
            throw ApiException.invalidField("subject.id", "a report about a " + request.subject().type() + " names its id");
        }
        Body finalBody = Body.findById(request.finalDecisionMakerBodyId());
        if (finalBody == null) {
            throw Body.unknown(request.finalDecisionMakerBodyId());
        }
        ReportPath path = new ReportPath();
        path.id = UUID.randomUUID();
        path.title = request.title();
        path.subjectType = request.subject().type();
        path.subjectId = request.subject().id();
        path.finalDecisionMakerId = finalBody.id;
        path.createdAt = clock.instant();
        LocalDate previous = null;
        int position = 1;
        List<CreateReportPath.Step> steps = request.steps();
        for (int i = 0; i < steps.size(); i++) {
            CreateReportPath.Step s = steps.get(i);
            Meeting m = Meeting.findById(s.meetingId());
            if (m == null) {
                throw ApiException.rule("unknown-meeting", "meeting " + s.meetingId() + " does not exist").with("meetingId", s.meetingId());
            }
            if (m.status == MeetingStatus.CANCELLED) {
                throw ApiException.rule("meeting-cancelled", "the meeting of " + m.date + " was cancelled").with("meetingId", m.id);
            }
            if (previous != null && !m.date.isAfter(previous)) {
                throw ApiException.rule("path-out-of-order", "the report's meetings must come in date order; " + m.date
                        + " is not after " + previous);
            }
            boolean last = i == steps.size() - 1;
            if (last != (s.purpose() == StepPurpose.DECIDE)) {
                throw ApiException.rule("path-final-step", "only the last meeting on the path decides; the others recommend or note");
            }
            if (last && !m.bodyId.equals(finalBody.id)) {
                throw ApiException.rule("path-final-step", "the last meeting must be one of the final decision-maker, " + finalBody.name);
            }
            previous = m.date;
            ReportStep step = new ReportStep();
            step.id = UUID.randomUUID();
            step.path = path;
            step.position = position++;
            step.meetingId = m.id;
            step.purpose = s.purpose();
            path.steps.add(step);
        }
        path.persist();
        audit.record("report-path", path.id, "report-path.created", request);
        return path;
    }

    public ReportPathView view(ReportPath p) {
        Body finalBody = Body.findById(p.finalDecisionMakerId);
        List<StepView> steps = new ArrayList<>();
        String status = "PLANNED";
        for (ReportStep s : p.steps) {
            Meeting m = Meeting.findById(s.meetingId);
            Body body = Body.findById(m.bodyId);
            Decision d = p.subjectId == null ? null : Decision.find("meetingId = ?1 and subjectType = ?2 and subjectId = ?3 order by recordedAt",
                    m.id, p.subjectType, p.subjectId).firstResult();
            StepDecision sd = d == null ? null : new StepDecision(d.id, d.action, d.outcome, d.status, d.referralDeadline);
            if (d != null) {
                status = "IN_PROGRESS";
                if (d.status == DecisionStatus.REFERRED) {
                    status = "REFERRED";
                } else if (s.purpose == StepPurpose.DECIDE && d.status == DecisionStatus.EFFECTIVE) {
                    status = "DECIDED";
                }
            }
            steps.add(new StepView(s.position, m.id, m.date, body.name, s.purpose, m.status, sd));
        }
        return new ReportPathView(p.id, p.title, SubjectView.of(p.subjectType, p.subjectId), finalBody.id, finalBody.name,
                status, steps, p.createdAt, p.version);
    }
}
