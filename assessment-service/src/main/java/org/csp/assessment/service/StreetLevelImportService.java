package org.csp.assessment.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.csp.assessment.config.AssessmentConfig;
import org.csp.assessment.domain.Area;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.domain.ImportMode;
import org.csp.assessment.domain.RowRejection;
import org.csp.assessment.domain.StatisticsImport;
import org.csp.assessment.mapping.CsvRecordReader;
import org.csp.assessment.mapping.StrictTextReader;
import org.csp.assessment.repository.IncidentStaging;
import org.csp.assessment.repository.StatisticsStore;
import org.csp.assessment.repository.StatisticsStore.CategoryMonth;
import org.csp.assessment.repository.StatisticsStore.Incident;
import org.csp.platform.audit.AuditTrail;
import org.csp.platform.problem.ApiException;

/**
 * Imports a data.police.uk street-level CSV as a stream: records are parsed one at a time and streamed to
 * PostgreSQL with COPY into a staging table, then stored in one statement ({@link IncidentStaging}); each incident has a key (its Crime ID, or for anti-social behaviour rows, which have none, a digest
 * of the row and its occurrence in the file), so a re-import inserts nothing twice. The monthly aggregates
 * that trends read are increased by the incidents actually inserted, in the same transaction.
 */
@ApplicationScoped
public class StreetLevelImportService {
    /** About the size of one incident as a COPY row: the batch size in rows becomes a buffer size in bytes. */
    private static final int ROW_BYTES = 200;

    /** A plain decimal number: an optional sign, digits and an optional fraction. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    static final List<String> COLUMNS = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude",
            "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

    @Inject
    StatisticsStore store;
    @Inject
    ImportGate gate;
    @Inject
    StatisticsImportService imports;
    @Inject
    AuditTrail audit;
    @Inject
    AssessmentConfig config;

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "csp.assessment.imports.transaction-timeout")
    public StatisticsImport importCsv(InputStream body, Charset charset, String areaCode, String sourceCode, String vintage, String requestedAgency,
            ImportMode mode) {
        Area.require(areaCode);
        String agency = gate.admit(requestedAgency, sourceCode);
        StatisticsImport record = imports.newRecord(StatisticsImport.Format.STREET_LEVEL_CSV, mode, areaCode, sourceCode,
                vintage, agency);
        Map<String, String> categoryByCrimeType = new HashMap<>();
        for (CrimeCategory c : CrimeCategory.<CrimeCategory>list("streetLevelName is not null")) {
            categoryByCrimeType.put(c.streetLevelName.toLowerCase(java.util.Locale.ROOT), c.code);
        }
        int flushBytes = Math.max(1, config.imports().batchSize()) * ROW_BYTES;
        int maxListed = config.imports().maxReportedRejections();
        List<RowRejection> rejections = new ArrayList<>();
        long rejected = 0;
        long read = 0;
        Map<Long, Integer> occurrences = new HashMap<>();
        Map<String, YearMonth> months = new HashMap<>();
        Map<CategoryMonth, Long> added;
        CsvRecordReader csv = new CsvRecordReader(new StrictTextReader(body, charset));
        try (IncidentStaging staging = store.stageIncidents(flushBytes)) {
            Map<String, Integer> header = header(csv);
            while (true) {
                List<String> fields;
                try {
                    fields = csv.next();
                } catch (CsvRecordReader.MalformedRecordException e) {
                    read++;
                    rejected++;
                    add(rejections, maxListed, new RowRejection(csv.recordLine(), "record", e.getMessage()));
                    if (e.getMessage().startsWith("a quoted field is not closed")) {
                        break;
                    }
                    continue;
                }
                if (fields == null) {
                    break;
                }
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                read++;
                Object parsed = parse(fields, header, csv.recordLine(), categoryByCrimeType, occurrences, months);
                if (parsed instanceof RowRejection rejection) {
                    rejected++;
                    add(rejections, maxListed, rejection);
                    continue;
                }
                if (!rejections.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
                    continue; // the file will be refused: keep reading only to report every bad row
                }
                staging.add((Incident) parsed);
            }
            if (rejected > 0 && mode == ImportMode.ALL_OR_NOTHING) {
                throw ImportRefusal.of(rejections, rejected, read, maxListed);
            }
            added = staging.insertNew(sourceCode, areaCode, record.id);
        } catch (StrictTextReader.UndecodableTextException e) {
            throw ApiException.invalidField("body", "line " + csv.line() + ": " + e.getMessage()
                    + "; name the file's charset in the Content-Type, as in text/csv; charset=windows-1252");
        } catch (IOException e) {
            throw ApiException.invalidField("body", "the CSV could not be read: " + e.getMessage());
        }
        long inserted = added.values().stream().mapToLong(Long::longValue).sum();
        store.addToMonthlyCounts(areaCode, sourceCode, vintage, added, record.id, record.submittedAt);
        record.rowsRead = (int) read;
        record.rowsApplied = (int) inserted;
        record.rowsRejected = (int) rejected;
        record.rowsUnchanged = (int) (read - rejected - inserted);
        record.rejections = imports.toJson(rejections);
        record.persist();
        audit.record("statistics-import", record.id, "statistics.imported", Map.of("format", "STREET_LEVEL_CSV",
                "areaCode", areaCode, "sourceCode", sourceCode, "vintage", vintage, "rowsApplied", inserted,
                "rowsRejected", rejected));
        return record;
    }

    private static void add(List<RowRejection> rejections, int max, RowRejection rejection) {
        if (rejections.size() < max) {
            rejections.add(rejection);
        }
    }

    private static Map<String, Integer> header(CsvRecordReader csv) throws IOException {
        List<String> names;
        try {
            names = csv.next();
        } catch (CsvRecordReader.MalformedRecordException e) {
            throw ApiException.invalidField("body", "line 1 is not a valid CSV header: " + e.getMessage());
        }
        if (names == null) {
            throw ApiException.invalidField("body", "the CSV is empty; expected the header " + String.join(",", COLUMNS));
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i).strip(), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalidField("body", "the CSV header lacks the columns " + missing + "; expected "
                    + String.join(",", COLUMNS));
        }
        return positions;
    }

    private static Object parse(List<String> f, Map<String, Integer> h, long line, Map<String, String> categories,
            Map<Long, Integer> occurrences, Map<String, YearMonth> months) {
        if (f.size() != h.size()) {
            return new RowRejection(line, "record", "has " + f.size() + " fields; the header has " + h.size());
        }
        for (String field : f) {
            if (field.indexOf('\u0000') >= 0) {
                return new RowRejection(line, "record", "contains a NUL character");
            }
        }
        String crimeId = get(f, h, "Crime ID");
        String monthText = get(f, h, "Month");
        YearMonth month = monthText == null ? null : months.computeIfAbsent(monthText, StreetLevelImportService::monthOrNull);
        if (month == null) {
            return new RowRejection(line, "Month", "'" + clip(monthText) + "' is not a month like 2019-01");
        }
        String crimeType = get(f, h, "Crime type");
        String category = crimeType == null ? null : categories.get(crimeType.toLowerCase(java.util.Locale.ROOT));
        if (category == null) {
            return new RowRejection(line, "Crime type", "'" + clip(crimeType) + "' is not a data.police.uk crime type");
        }
        Double longitude;
        Double latitude;
        try {
            longitude = coordinate(get(f, h, "Longitude"), 180);
            latitude = coordinate(get(f, h, "Latitude"), 90);
        } catch (IllegalArgumentException e) {
            return new RowRejection(line, "Longitude/Latitude", e.getMessage());
        }
        String location = get(f, h, "Location");
        String lsoa = get(f, h, "LSOA code");
        String outcome = get(f, h, "Last outcome category");
        if (crimeId != null && crimeId.length() > 96) {
            return new RowRejection(line, "Crime ID", "is longer than 96 characters");
        }
        if (location != null && location.length() > 300 || outcome != null && outcome.length() > 200) {
            return new RowRejection(line, location != null && location.length() > 300 ? "Location" : "Last outcome category",
                    "is too long");
        }
        if (lsoa != null && lsoa.length() > 20) {
            return new RowRejection(line, "LSOA code", "is longer than 20 characters");
        }
        String key;
        if (crimeId != null) {
            key = "id:" + crimeId;
        } else {
            byte[] digest = digest(String.join("\u001f", f));
            long shortDigest = ByteBuffer.wrap(digest).getLong();
            int occurrence = occurrences.merge(shortDigest, 1, Integer::sum);
            key = "row:" + HexFormat.of().formatHex(digest, 0, 16) + "#" + occurrence;
        }
        return new Incident(key, month, category, lsoa, longitude, latitude, location, outcome);
    }

    private static YearMonth monthOrNull(String text) {
        try {
            return org.csp.assessment.domain.ReportingPeriod.month(text, "Month");
        } catch (ApiException e) {
            return null;
        }
    }

    private static Double coordinate(String text, double limit) {
        if (text == null) {
            return null;
        }
        // Double.parseDouble alone would also take 0.5f, 0x1p-1, 5e-1 and Infinity
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + clip(text) + "' is not a decimal number like -0.521");
        }
        double value = Double.parseDouble(text);
        if (!(Math.abs(value) <= limit)) {
            throw new IllegalArgumentException(value + " is out of range");
        }
        return value;
    }

    private static String get(List<String> fields, Map<String, Integer> header, String column) {
        String value = fields.get(header.get(column)).strip();
        return value.isEmpty() ? null : value;
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
