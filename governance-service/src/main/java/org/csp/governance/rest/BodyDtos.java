package org.csp.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csp.governance.domain.Body;
import org.csp.governance.domain.BodyKind;
import org.csp.governance.domain.Councillor;
import org.csp.governance.domain.Membership;
import org.csp.governance.domain.MembershipRole;
import org.csp.governance.domain.Officer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for bodies, councillors, memberships and officers. */
public final class BodyDtos {
    private BodyDtos() {
    }

    @Schema(name = "CreateBody", description = "A committee, sub-committee or the full Council")
    public record CreateBody(
            @NotBlank @Size(max = 200) @Schema(example = "Communities, Housing and Environment Committee") String name,
            @NotNull @Schema(example = "COMMITTEE") BodyKind kind,
            @Size(max = 200) @Schema(description = "The role the body may act in", example = "the Crime and Disorder Committee") String actingAs,
            @Schema(description = "Scrutinises the partnership: receives the yearly scrutiny and grant reports", example = "true")
            boolean crimeAndDisorderCommittee) {
    }

    @Schema(name = "Body", requiredProperties = {"id", "name", "kind", "actingAs", "crimeAndDisorderCommittee", "memberships", "version"}, description = "A decision-making body and its members")
    public record BodyView(UUID id, String name, BodyKind kind, @Schema(nullable = true) String actingAs, boolean crimeAndDisorderCommittee,
            List<MembershipView> memberships, long version) {
        public static BodyView of(Body b) {
            return new BodyView(b.id, b.name, b.kind, b.actingAs, b.crimeAndDisorderCommittee,
                    b.memberships.stream().map(MembershipView::of).toList(), b.version);
        }
    }

    @Schema(name = "AddMembership", description = "A councillor's seat on a body, with a role and a term")
    public record AddMembership(
            @NotNull @Schema(example = "5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01") UUID councillorId,
            @NotNull @Schema(example = "CHAIR") MembershipRole role,
            @NotNull @Schema(example = "2018-05-16") LocalDate startsOn,
            @Schema(example = "2019-05-15") LocalDate endsOn) {
    }

    @Schema(name = "Membership", requiredProperties = {"id", "councillorId", "councillorName", "role", "startsOn", "endsOn"})
    public record MembershipView(UUID id, UUID councillorId, @Schema(nullable = true) String councillorName, MembershipRole role,
            LocalDate startsOn, @Schema(nullable = true) LocalDate endsOn) {
        static MembershipView of(Membership m) {
            Councillor c = Councillor.findById(m.councillorId);
            return new MembershipView(m.id, m.councillorId, c == null ? null : c.name, m.role, m.startsOn, m.endsOn);
        }
    }

    @Schema(name = "CouncillorRequest", description = "A councillor and the term they serve")
    public record CouncillorRequest(
            @NotBlank @Size(max = 200) @Schema(example = "D Mortimer") String name,
            @Size(max = 200) @Schema(example = "Shepway South") String ward,
            @Size(max = 200) @Schema(description = "Subject of the councillor's bearer token", example = "cllr.mortimer@maidstone.test") String tokenSubject,
            @NotNull @Schema(example = "2015-05-07") LocalDate termStart,
            @Schema(example = "2019-05-02") LocalDate termEnd) {
    }

    @Schema(name = "Councillor", requiredProperties = {"id", "name", "ward", "tokenSubject", "termStart", "termEnd", "version"})
    public record CouncillorView(UUID id, String name, @Schema(nullable = true) String ward, @Schema(nullable = true) String tokenSubject, LocalDate termStart,
            @Schema(nullable = true) LocalDate termEnd, long version) {
        public static CouncillorView of(Councillor c) {
            return new CouncillorView(c.id, c.name, c.ward, c.tokenSubject, c.termStart, c.termEnd, c.version);
        }
    }

    @Schema(name = "CreateOfficer", description = "An officer or other attendee who is not a councillor")
    public record CreateOfficer(
            @NotBlank @Size(max = 200) @Schema(example = "Mr Matt Roberts") String name,
            @NotBlank @Size(max = 200) @Schema(example = "Community Partnerships & Resilience Manager") String jobTitle,
            @NotBlank @Size(max = 200) @Schema(example = "Maidstone Borough Council") String organisation) {
    }

    @Schema(name = "Officer", requiredProperties = {"id", "name", "jobTitle", "organisation"})
    public record OfficerView(UUID id, String name, String jobTitle, String organisation) {
        public static OfficerView of(Officer o) {
            return new OfficerView(o.id, o.name, o.jobTitle, o.organisation);
        }
    }
}
