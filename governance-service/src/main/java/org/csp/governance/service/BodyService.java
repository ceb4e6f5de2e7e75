package org.csp.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.Councillor;
import org.csp.governance.domain.Dates;
import org.csp.governance.domain.Membership;
import org.csp.governance.domain.MembershipRole;
import org.csp.governance.domain.Officer;
import org.csp.governance.rest.BodyDtos.AddMembership;
import org.csp.governance.rest.BodyDtos.CouncillorRequest;
import org.csp.governance.rest.BodyDtos.CreateBody;
import org.csp.governance.rest.BodyDtos.CreateOfficer;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;
import org.csp.platform.text.Names;

/** Bodies, their memberships, councillors and officers. */
@ApplicationScoped
public class BodyService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public Body createBody(CreateBody request) {
        String name = Names.normalized(request.name());
        String exists = "a body named '" + name + "' already exists";
        if (Body.count("lower(name) = lower(?1)", name) > 0) {
            throw ApiException.conflict("body-exists", exists);
        }
        Body body = new Body();
        body.id = UUID.randomUUID();
        body.name = name;
        body.kind = request.kind();
        body.actingAs = request.actingAs();
        body.crimeAndDisorderCommittee = request.crimeAndDisorderCommittee();
        body.createdAt = clock.instant();
        UniqueKeys.persistOrConflict(body, "body-exists", exists);
        audit.record("body", body.id, "body.created", request);
        return body;
    }

    /** A councillor holds one seat on a body at a time, and a body has one chair at a time. */
    @Transactional
    public Body addMembership(UUID bodyId, AddMembership request) {
        Body body = Body.require(bodyId);
        Councillor.getEntityManager().lock(body, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Councillor councillor = Councillor.findById(request.councillorId());
        if (councillor == null) {
            throw ApiException.rule("unknown-councillor", "councillor " + request.councillorId() + " does not exist")
                    .with("councillorId", request.councillorId());
        }
        Dates.require("startsOn", request.startsOn());
        Dates.require("endsOn", request.endsOn());
        Councillor.checkTerm(request.startsOn(), request.endsOn());
        for (Membership m : body.memberships) {
            if (!m.overlaps(request.startsOn(), request.endsOn())) {
                continue;
            }
            if (m.councillorId.equals(request.councillorId())) {
                throw ApiException.conflict("membership-overlap", councillor.name + " is already a member of " + body.name
                        + " from " + m.startsOn + (m.endsOn == null ? "" : " to " + m.endsOn));
            }
            if (request.role() != MembershipRole.MEMBER && m.role == request.role()) {
                throw ApiException.conflict("role-taken", body.name + " already has a " + m.role + " from " + m.startsOn
                        + (m.endsOn == null ? "" : " to " + m.endsOn));
            }
        }
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.body = body;
        membership.councillorId = request.councillorId();
        membership.role = request.role();
        membership.startsOn = request.startsOn();
        membership.endsOn = request.endsOn();
        body.memberships.add(membership);
        audit.record("body", body.id, "membership.added", request);
        return body;
    }

    @Transactional
    public Councillor createCouncillor(CouncillorRequest request) {
        Councillor.checkTerm(request.termStart(), request.termEnd());
        requireSubjectFree(request.tokenSubject(), null);
        Councillor c = new Councillor();
        c.id = UUID.randomUUID();
        apply(c, request);
        c.createdAt = clock.instant();
        UniqueKeys.persistOrConflict(c, () -> subjectTaken(c.tokenSubject));
        audit.record("councillor", c.id, "councillor.created", request);
        return c;
    }

    @Transactional
    public Councillor updateCouncillor(UUID id, String ifMatch, CouncillorRequest request) {
        Councillor c = Councillor.require(id);
        Etags.requireMatch(ifMatch, c.version);
        Councillor.checkTerm(request.termStart(), request.termEnd());
        requireSubjectFree(request.tokenSubject(), id);
        apply(c, request);
        audit.record("councillor", c.id, "councillor.updated", request);
        UniqueKeys.flushOrConflict(c, () -> subjectTaken(c.tokenSubject));
        return c;
    }

    @Transactional
    public Officer createOfficer(CreateOfficer request) {
        Officer o = new Officer();
        o.id = UUID.randomUUID();
        o.name = request.name();
        o.jobTitle = request.jobTitle();
        o.organisation = request.organisation();
        o.createdAt = clock.instant();
        o.persist();
        audit.record("officer", o.id, "officer.created", request);
        return o;
    }

    private static void apply(Councillor c, CouncillorRequest request) {
        Dates.require("termStart", request.termStart());
        Dates.require("termEnd", request.termEnd());
        c.name = request.name();
        c.ward = request.ward();
        c.tokenSubject = request.tokenSubject() == null || request.tokenSubject().isBlank() ? null : request.tokenSubject();
        c.termStart = request.termStart();
        c.termEnd = request.termEnd();
    }

    private static void requireSubjectFree(String subject, UUID self) {
        if (subject == null || subject.isBlank()) {
            return;
        }
        Councillor other = Councillor.find("tokenSubject", subject).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw subjectTaken(subject);
        }
    }

    private static ApiException subjectTaken(String subject) {
        return ApiException.conflict("token-subject-taken", "another councillor already signs in as " + subject);
    }
}
