package org.csp.assessment.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.assessment.domain.CategoryTotal;
import org.csp.assessment.domain.RecordingNote;

/**
 * The monthly aggregate counts and street-level incidents, through parameterised JDBC so bulk imports can
 * batch. Trends read only the monthly aggregates: their cost grows with categories × months, never incidents.
 * Every method joins the caller's transaction.
 */
@ApplicationScoped
public class StatisticsStore {

    /** One monthly figure; {@code count == null} means unavailable. */
    public record MonthlyFigure(String areaCode, String sourceCode, YearMonth month, String categoryCode, Long count,
            String vintage, String note) {
    }

    /** One street-level incident row to insert. */
    public record Incident(String incidentKey, YearMonth month, String categoryCode, String lsoaCode, Double longitude,
            Double latitude, String location, String outcome) {
    }

    public record CategoryMonth(String categoryCode, YearMonth month) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Sets each figure (not adds): re-importing the same figure changes nothing. @return rows that changed */
    public int[] upsert(List<MonthlyFigure> figures, UUID importId, Instant now) {
        String sql = """
                INSERT INTO monthly_count (area_code, source_code, month, category_code, count, vintage, note, import_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (area_code, source_code, month, category_code) DO UPDATE
                   SET count = excluded.count, vintage = excluded.vintage, note = excluded.note,
                       import_id = excluded.import_id, updated_at = excluded.updated_at
                 WHERE (monthly_count.count, monthly_count.vintage, monthly_count.note)
                       IS DISTINCT FROM (excluded.count, excluded.vintage, excluded.note)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (MonthlyFigure f : figures) {
                ps.setString(1, f.areaCode());
                ps.setString(2, f.sourceCode());
                ps.setDate(3, firstDay(f.month()));
                ps.setString(4, f.categoryCode());
                if (f.count() == null) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, f.count());
                }
                ps.setString(6, f.vintage());
                ps.setString(7, f.note());
                ps.setObject(8, importId);
                ps.setTimestamp(9, Timestamp.from(now));
                ps.addBatch();
            }
            return ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store monthly figures", e);
        }
    }

    /**
     * Starts staging the incidents of one import on the transaction's connection (see {@link IncidentStaging});
     * rows are streamed to PostgreSQL in chunks of about {@code flushBytes}.
     */
    public IncidentStaging stageIncidents(int flushBytes) {
        try {
            return new IncidentStaging(dataSource.getConnection(), flushBytes);
        } catch (SQLException e) {
            throw new IllegalStateException("could not start staging street-level incidents", e);
        }
    }

    /** Adds newly inserted incidents to the monthly aggregates (an unavailable month becomes a count). */
    public void addToMonthlyCounts(String areaCode, String sourceCode, String vintage, Map<CategoryMonth, Long> added,
            UUID importId, Instant now) {
        String sql = """
                INSERT INTO monthly_count (area_code, source_code, month, category_code, count, vintage, note, import_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, null, ?, ?)
                ON CONFLICT (area_code, source_code, month, category_code) DO UPDATE
                   SET count = coalesce(monthly_count.count, 0) + excluded.count, vintage = excluded.vintage,
                       import_id = excluded.import_id, updated_at = excluded.updated_at""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<CategoryMonth, Long> e : added.entrySet()) {
                ps.setString(1, areaCode);
                ps.setString(2, sourceCode);
                ps.setDate(3, firstDay(e.getKey().month()));
                ps.setString(4, e.getKey().categoryCode());
                ps.setLong(5, e.getValue());
                ps.setString(6, vintage);
                ps.setObject(7, importId);
                ps.setTimestamp(8, Timestamp.from(now));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update monthly counts", e);
        }
    }

    /** Per category: the sum of counts, the months with a count and the months marked unavailable. */
    public Map<String, CategoryTotal> totals(String areaCode, String sourceCode, YearMonth from, YearMonth to) {
        String sql = """
                SELECT category_code, coalesce(sum(count), 0), count(count), count(*) - count(count)
                  FROM monthly_count
                 WHERE area_code = ? AND source_code = ? AND month BETWEEN ? AND ?
                 GROUP BY category_code""";
        Map<String, CategoryTotal> totals = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, areaCode);
            ps.setString(2, sourceCode);
            ps.setDate(3, firstDay(from));
            ps.setDate(4, firstDay(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals.put(rs.getString(1), new CategoryTotal(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read monthly counts", e);
        }
        return totals;
    }

    /** The months of one category in order; a null value is an unavailable month. Months with no row are absent. */
    public List<Map.Entry<YearMonth, Long>> series(String areaCode, String sourceCode, String categoryCode, YearMonth from,
            YearMonth to) {
        String sql = """
                SELECT month, count FROM monthly_count
                 WHERE area_code = ? AND source_code = ? AND category_code = ? AND month BETWEEN ? AND ?
                 ORDER BY month""";
        List<Map.Entry<YearMonth, Long>> series = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, areaCode);
            ps.setString(2, sourceCode);
            ps.setString(3, categoryCode);
            ps.setDate(4, firstDay(from));
            ps.setDate(5, firstDay(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    YearMonth month = YearMonth.from(rs.getDate(1).toLocalDate());
                    long value = rs.getLong(2);
                    Long count = rs.wasNull() ? null : value;
                    series.add(new java.util.AbstractMap.SimpleImmutableEntry<>(month, count));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a category series", e);
        }
        return series;
    }

    /** The sources that hold figures for an area, in code order. */
    public List<String> sourcesOf(String areaCode) {
        List<String> sources = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT DISTINCT source_code FROM monthly_count WHERE area_code = ? ORDER BY source_code")) {
            ps.setString(1, areaCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sources.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read sources", e);
        }
        return sources;
    }

    public void addNote(String areaCode, String sourceCode, RecordingNote note, UUID importId) {
        String sql = """
                INSERT INTO recording_note (id, area_code, source_code, category_code, from_month, text, import_id)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT recording_note_once DO NOTHING""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, areaCode);
            ps.setString(3, sourceCode);
            ps.setString(4, note.categoryCode());
            ps.setDate(5, firstDay(note.fromMonth()));
            ps.setString(6, note.text());
            ps.setObject(7, importId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a recording note", e);
        }
    }

    public List<RecordingNote> notes(String areaCode, String sourceCode) {
        List<RecordingNote> notes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        SELECT category_code, from_month, text FROM recording_note
                         WHERE area_code = ? AND source_code = ? ORDER BY from_month, text""")) {
            ps.setString(1, areaCode);
            ps.setString(2, sourceCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.add(new RecordingNote(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read recording notes", e);
        }
        return notes;
    }

    /** A page of monthly figures filtered by area, source and category (each optional) and months, in a stable order. */
    public Map.Entry<Long, List<MonthlyFigure>> page(String areaCode, String sourceCode, String categoryCode, YearMonth from,
            YearMonth to, int page, int size) {
        String where = " " + """
                 WHERE (CAST(? AS varchar) IS NULL OR area_code = ?) AND (CAST(? AS varchar) IS NULL OR source_code = ?)
                   AND (CAST(? AS varchar) IS NULL OR category_code = ?) AND month BETWEEN ? AND ?""";
        List<MonthlyFigure> items = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM monthly_count" + where)) {
                bindFilters(ps, areaCode, sourceCode, categoryCode, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT area_code, source_code, month, category_code, count, vintage, note FROM monthly_count""" + " " + where
                    + " ORDER BY area_code, source_code, month, category_code LIMIT ? OFFSET ?")) {
                bindFilters(ps, areaCode, sourceCode, categoryCode, from, to);
                ps.setInt(9, size);
                ps.setLong(10, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long value = rs.getLong(5);
                        Long count = rs.wasNull() ? null : value;
                        items.add(new MonthlyFigure(rs.getString(1), rs.getString(2), YearMonth.from(rs.getDate(3).toLocalDate()),
                                rs.getString(4), count, rs.getString(6), rs.getString(7)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list monthly counts", e);
        }
        return new java.util.AbstractMap.SimpleImmutableEntry<>(total, items);
    }

    private static void bindFilters(PreparedStatement ps, String area, String source, String category, YearMonth from,
            YearMonth to) throws SQLException {
        ps.setString(1, area);
        ps.setString(2, area);
        ps.setString(3, source);
        ps.setString(4, source);
        ps.setString(5, category);
        ps.setString(6, category);
        ps.setDate(7, firstDay(from));
        ps.setDate(8, firstDay(to));
    }

    private static Date firstDay(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }
}
