package org.csp.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.csp.plan.domain.DutyStatus;
import org.csp.plan.domain.GroupDuty;
import org.csp.plan.domain.GroupKind;
import org.csp.plan.domain.PartnershipGroup;
import org.csp.plan.domain.PriorityTheme;
import org.csp.plan.rest.GroupDtos.CreateDuty;
import org.csp.plan.rest.GroupDtos.GroupRequest;
import org.csp.plan.rest.GroupDtos.GroupView;
import org.csp.plan.rest.GroupDtos.ThemeRef;
import org.csp.plan.rest.GroupDtos.UpdateDuty;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.http.Etags;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.persistence.UniqueKeys;
import org.csp.platform.problem.ApiException;
import org.csp.platform.time.FinancialYear;

/** The partnership structure: groups, their member agencies, and sub-groups' yearly duties. */
@ApplicationScoped
public class GroupService {

    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public PartnershipGroup create(GroupRequest request) {
        if (PartnershipGroup.count("code", request.code()) > 0) {
            throw codeTaken(request.code());
        }
        PartnershipGroup group = new PartnershipGroup();
        group.id = UUID.randomUUID();
        group.createdAt = clock.instant();
        apply(group, request);
        UniqueKeys.persistOrConflict(group, () -> codeTaken(request.code()));
        audit.record("group", group.id, "group.created", request);
        return group;
    }

    @Transactional
    public PartnershipGroup update(UUID id, String ifMatch, GroupRequest request) {
        PartnershipGroup group = PartnershipGroup.require(id);
        Etags.requireMatch(ifMatch, group.version);
        if (!group.code.equals(request.code()) && PartnershipGroup.count("code", request.code()) > 0) {
            throw codeTaken(request.code());
        }
        apply(group, request);
        audit.record("group", group.id, "group.updated", request);
        UniqueKeys.flushOrConflict(group, () -> codeTaken(request.code()));
        return group;
    }

    private static ApiException codeTaken(String code) {
        return ApiException.conflict("group-code-taken", "a group with code '" + code + "' already exists").with("field", "code");
    }

    private void apply(PartnershipGroup group, GroupRequest request) {
        group.requireMayReportTo(request.parentId());
        group.code = request.code();
        group.name = request.name();
        group.kind = request.kind();
        group.parentId = request.parentId();
        group.description = request.description();
        group.chair = request.chair();
        group.meets = request.meets();
        group.memberAgencies.clear();
        if (request.memberAgencies() != null) {
            group.memberAgencies.addAll(new TreeSet<>(request.memberAgencies()));
        }
    }

    public GroupView view(PartnershipGroup group) {
        List<ThemeRef> leads = PriorityTheme.<PriorityTheme>list("leadGroupId = ?1 order by planId, position", group.id)
                .stream().map(t -> new ThemeRef(t.id, t.planId, t.title)).toList();
        List<ThemeRef> supports = PriorityTheme.<PriorityTheme>list(
                        "select t from PriorityTheme t where ?1 member of t.supportingGroupIds order by t.planId, t.position", group.id)
                .stream().map(t -> new ThemeRef(t.id, t.planId, t.title)).toList();
        return GroupView.of(group, leads, supports);
    }

    public Page<GroupView> list(GroupKind kind, String agency, PageRequest paging) {
        StringBuilder query = new StringBuilder("select distinct g from PartnershipGroup g");
        Map<String, Object> params = new HashMap<>();
        query.append(agency != null ? " join g.memberAgencies a where a = :agency" : " where 1 = 1");
        if (agency != null) {
            params.put("agency", agency);
        }
        if (kind != null) {
            query.append(" and g.kind = :kind");
            params.put("kind", kind);
        }
        query.append(" order by g.name, g.id");
        return Page.of(PartnershipGroup.find(query.toString(), params), paging, this::view);
    }

    @Transactional
    public GroupDuty createDuty(UUID groupId, CreateDuty request) {
        PartnershipGroup group = PartnershipGroup.require(groupId);
        FinancialYear.parse(request.financialYear(), "financialYear");
        if (group.kind != GroupKind.SUB_GROUP && group.kind != GroupKind.WORKING_GROUP) {
            throw ApiException.rule("duties-are-for-sub-groups", "group " + group.code + " is a " + group.kind
                    + "; yearly duties are tracked for sub-groups and working groups");
        }
        String tracked = "group " + group.code + " already tracks " + request.kind() + " for " + request.financialYear();
        if (GroupDuty.count("groupId = ?1 and financialYear = ?2 and kind = ?3", groupId, request.financialYear(),
                request.kind()) > 0) {
            throw ApiException.conflict("duty-exists", tracked);
        }
        GroupDuty duty = new GroupDuty();
        duty.id = UUID.randomUUID();
        duty.groupId = groupId;
        duty.financialYear = request.financialYear();
        duty.kind = request.kind();
        duty.status = DutyStatus.NOT_STARTED;
        duty.dueDate = request.dueDate();
        duty.notes = request.notes();
        duty.updatedAt = clock.instant();
        UniqueKeys.persistOrConflict(duty, "duty-exists", tracked);
        audit.record("group-duty", duty.id, "duty.created", request);
        return duty;
    }

    /** A duty of the group; 404 when it is another group's. */
    public GroupDuty duty(UUID groupId, UUID dutyId) {
        GroupDuty duty = dutyId == null ? null : GroupDuty.findById(dutyId);
        if (duty == null || !duty.groupId.equals(groupId)) {
            throw ApiException.notFound("duty", dutyId);
        }
        return duty;
    }

    @Transactional
    public GroupDuty updateDuty(UUID groupId, UUID dutyId, String ifMatch, UpdateDuty request) {
        GroupDuty duty = duty(groupId, dutyId);
        Etags.requireMatch(ifMatch, duty.version);
        duty.status = request.status();
        duty.dueDate = request.dueDate();
        duty.notes = request.notes();
        duty.updatedAt = clock.instant();
        audit.record("group-duty", duty.id, "duty.updated", request);
        GroupDuty.getEntityManager().flush();
        return duty;
    }

    public Page<org.csp.plan.rest.GroupDtos.DutyView> duties(UUID groupId, String financialYear, DutyStatus status, PageRequest paging) {
        PartnershipGroup.require(groupId);
        StringBuilder query = new StringBuilder("groupId = :group");
        Map<String, Object> params = new HashMap<>();
        params.put("group", groupId);
        if (financialYear != null) {
            query.append(" and financialYear = :year");
            params.put("year", financialYear);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        query.append(" order by financialYear, kind");
        return Page.of(GroupDuty.find(query.toString(), params), paging, org.csp.plan.rest.GroupDtos.DutyView::of);
    }
}
