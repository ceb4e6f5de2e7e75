package org.csp.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.TreeSet;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.domain.Evidence;
import org.csp.assessment.domain.EvidenceKind;
import org.csp.assessment.domain.Finding;
import org.csp.assessment.domain.TrendFigure;
import org.csp.assessment.rest.AssessmentDtos.EvidenceInput;
import org.csp.platform.problem.ApiException;

/**
 * Checks the evidence a priority cites and turns it into links: a trend is recomputed from the stored figures
 * (so it must exist) and linked by its stable id; a finding must exist in the same area.
 */
@ApplicationScoped
public class EvidenceResolver {

    @Inject
    TrendService trends;

    /** A field of the other kind of evidence is refused, not ignored: the caller meant something else. */
    private static void refuseGiven(String field, String name, Object value, String kind) {
        if (value != null) {
            throw ApiException.invalidField(field + "." + name, "is not taken by " + kind + " evidence");
        }
    }

    public Set<String> categories(List<String> codes, String field) {
        Set<String> result = new TreeSet<>();
        if (codes == null) {
            return result;
        }
        for (String code : codes) {
            if (CrimeCategory.findById(code) == null) {
                throw ApiException.invalidField(field, "category '" + code + "' is not in the taxonomy");
            }
            result.add(code);
        }
        return result;
    }

    /**
     * @param known the trends that may be cited by id: those the assessment already cites and those proposed for it as
     *              candidates (a trend id cannot be recomputed, since its periods are not in it)
     */
    public Evidence resolve(String areaCode, EvidenceInput input, String field, Map<UUID, Evidence> known) {
        if (input.kind() == EvidenceKind.FINDING) {
            refuseGiven(field, "categoryCode", input.categoryCode(), "FINDING");
            refuseGiven(field, "previous", input.previous(), "FINDING");
            refuseGiven(field, "current", input.current(), "FINDING");
            refuseGiven(field, "sourceCode", input.sourceCode(), "FINDING");
            refuseGiven(field, "trendId", input.trendId(), "FINDING");
            if (input.findingId() == null) {
                throw ApiException.invalidField(field + ".findingId", "is required for FINDING evidence");
            }
            Finding finding = Finding.findById(input.findingId());
            if (finding == null || !finding.areaCode.equals(areaCode)) {
                throw ApiException.invalidField(field + ".findingId", "no finding " + input.findingId() + " in area " + areaCode);
            }
            return Evidence.of(EvidenceKind.FINDING, finding.id, finding.title);
        }
        refuseGiven(field, "findingId", input.findingId(), "TREND");
        if (input.trendId() != null) {
            if (input.categoryCode() != null || input.previous() != null || input.current() != null || input.sourceCode() != null) {
                throw ApiException.invalidField(field + ".trendId", "give either trendId or categoryCode and the periods, not both");
            }
            Evidence cited = known.get(input.trendId());
            if (cited == null) {
                throw ApiException.invalidField(field + ".trendId", "trend " + input.trendId() + " is neither cited by this "
                        + "assessment nor proposed for it; give categoryCode, previous and current instead");
            }
            return Evidence.of(EvidenceKind.TREND, cited.refId, cited.summary);
        }
        if (input.categoryCode() == null) {
            throw ApiException.invalidField(field + ".categoryCode", "is required for TREND evidence");
        }
        TrendFigure figure;
        try {
            figure = trends.trends(areaCode, input.sourceCode(), input.previous(), input.current(), input.categoryCode())
                    .figures().get(0);
        } catch (ApiException.InvalidFieldException e) {
            throw ApiException.invalidField(field + "." + e.field(), e.fieldMessage());
        } catch (ApiException e) {
            throw ApiException.invalidField(field, e.getMessage());
        }
        return Evidence.of(EvidenceKind.TREND, figure.id(), figure.summary());
    }
}
