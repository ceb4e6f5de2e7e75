package org.csp.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csp.assessment.config.AssessmentConfig;
import org.csp.assessment.domain.Area;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.domain.ImportMode;
import org.csp.assessment.domain.RecordingNote;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.domain.RowRejection;
import org.csp.assessment.domain.StatisticsImport;
import org.csp.assessment.repository.StatisticsStore;
import org.csp.assessment.repository.StatisticsStore.MonthlyFigure;
import org.csp.assessment.rest.StatisticsDtos.ImportRequest;
import org.csp.assessment.rest.StatisticsDtos.NoteInput;
import org.csp.assessment.rest.StatisticsDtos.Row;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.problem.ApiException;
import org.csp.platform.security.CurrentActor;

/**
 * Imports monthly counts from JSON. Each figure is set, not added, so the same file imported twice changes
 * nothing the second time. Rows are checked one by one; the caller chooses whether a bad row refuses the file
 * (nothing applied, 422 listing every bad row) or is reported while the valid rows are applied.
 */
@ApplicationScoped
public class StatisticsImportService {

    /** The largest monthly count accepted for one category of one area. */
    static final long MAX_COUNT = 1_000_000_000L;

    @Inject
    StatisticsStore store;
    @Inject
    ImportGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    CurrentActor actor;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    AssessmentConfig config;

    @Transactional
    public StatisticsImport importJson(ImportRequest request, ImportMode mode) {
        Area.require(request.areaCode());
        List<RecordingNote> notes = notes(request.notes());
        String agency = gate.admit(request.agency(), request.sourceCode());
        List<RowRejection> rejections = new ArrayList<>();
        List<MonthlyFigure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.rows().size(); i++) {
            Row row = request.rows().get(i);
            RowRejection rejection = check(i, row, seen);
            if (rejection != null) {
                rejections.add(rejection);
                continue;
            }
            figures.add(new MonthlyFigure(request.areaCode(), request.sourceCode(), YearMonth.parse(row.month()),
                    row.categoryCode(), Boolean.TRUE.equals(row.unavailable()) ? null : row.count(), request.vintage(),
                    row.note()));
        }
        if (!rejections.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            throw ImportRefusal.of(rejections, rejections.size(), request.rows().size(), config.imports().maxReportedRejections());
        }
        StatisticsImport record = newRecord(StatisticsImport.Format.JSON, mode, request.areaCode(), request.sourceCode(),
                request.vintage(), agency);
        Instant now = clock.instant();
        int[] changed = store.upsert(figures, record.id, now);
        int applied = 0;
        for (int c : changed) {
            applied += c > 0 ? 1 : 0;
        }
        for (RecordingNote note : notes) {
            store.addNote(request.areaCode(), request.sourceCode(), note, record.id);
        }
        record.rowsRead = request.rows().size();
        record.rowsApplied = applied;
        record.rowsUnchanged = figures.size() - applied;
        record.rowsRejected = rejections.size();
        record.rejections = toJson(rejections.subList(0, Math.min(rejections.size(), config.imports().maxReportedRejections())));
        record.persist();
        audit.record("statistics-import", record.id, "statistics.imported", Map.of("format", "JSON", "areaCode",
                request.areaCode(), "sourceCode", request.sourceCode(), "vintage", request.vintage(), "rowsApplied", applied,
                "rowsRejected", rejections.size()));
        return record;
    }

    StatisticsImport newRecord(StatisticsImport.Format format, ImportMode mode, String area, String source, String vintage,
            String agency) {
        StatisticsImport record = new StatisticsImport();
        record.id = UUID.randomUUID();
        record.format = format;
        record.mode = mode;
        record.areaCode = area;
        record.sourceCode = source;
        record.vintage = vintage;
        record.agency = agency;
        record.submittedBy = actor.get().subject();
        record.submittedAt = clock.instant();
        return record;
    }

    String toJson(List<RowRejection> rejections) {
        try {
            return json.writeValueAsString(rejections);
        } catch (JsonProcessingException e) {
            return "[]";
        }
    }

    private static RowRejection check(int index, Row row, Set<String> seen) {
        if (row.categoryCode() == null || row.categoryCode().isBlank()) {
            return new RowRejection(index, "categoryCode", "is required");
        }
        if (CrimeCategory.findById(row.categoryCode()) == null) {
            return new RowRejection(index, "categoryCode", "category '" + row.categoryCode() + "' is not in the taxonomy");
        }
        if (row.month() == null || !row.month().matches("\\d{4}-\\d{2}")) {
            return new RowRejection(index, "month", "'" + row.month() + "' is not a month like 2019-03");
        }
        try {
            ReportingPeriod.month(row.month(), "month");
        } catch (ApiException e) {
            return new RowRejection(index, "month", "'" + row.month() + "' is not a month like 2019-03 between "
                    + ReportingPeriod.MIN_YEAR + " and " + ReportingPeriod.MAX_YEAR);
        }
        boolean unavailable = Boolean.TRUE.equals(row.unavailable());
        if (unavailable && row.count() != null) {
            return new RowRejection(index, "count", "an unavailable figure has no count");
        }
        if (!unavailable && row.count() == null) {
            return new RowRejection(index, "count", "is required unless the figure is marked unavailable");
        }
        if (row.count() != null && (row.count() < 0 || row.count() > MAX_COUNT)) {
            return new RowRejection(index, "count", "must be between 0 and " + MAX_COUNT);
        }
        if (!seen.add(row.categoryCode() + "|" + row.month())) {
            return new RowRejection(index, "month", "a second figure for " + row.categoryCode() + " in " + row.month());
        }
        return null;
    }

    private static List<RecordingNote> notes(List<NoteInput> inputs) {
        List<RecordingNote> notes = new ArrayList<>();
        if (inputs == null) {
            return notes;
        }
        for (int i = 0; i < inputs.size(); i++) {
            NoteInput input = inputs.get(i);
            if (input.categoryCode() != null && CrimeCategory.findById(input.categoryCode()) == null) {
                throw ApiException.invalidField("notes[" + i + "].categoryCode",
                        "category '" + input.categoryCode() + "' is not in the taxonomy");
            }
            notes.add(new RecordingNote(input.categoryCode(), ReportingPeriod.month(input.fromMonth(), "notes[" + i + "].fromMonth"),
                    input.text()));
        }
        return notes;
    }
}
