package io.automl.schedule;
import io.automl.engine.schedule.DriftEvent;
import io.automl.engine.schedule.ScheduleSpec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads and writes the schedule tables (definitions, runs, drift events); each call is one auto-committed
 * statement on a pooled connection, and failures surface as {@link IllegalStateException} with the SQL
 * cause. Thread-safe.
 */
final class ScheduleTables {
    /** The latest run of a schedule, as stored. */
    record RunRow(long id, String study, Instant startedAt, Instant finishedAt, Double championPrevious,
            Double championRescore) {
    }

    private final DataSource dataSource;

    ScheduleTables(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Inserts a schedule; false when the name is taken. */
    boolean insert(ScheduleSpec s) {
        if (find(s.name()).isPresent()) {
            return false;
        }
        update("INSERT INTO schedules (name, space_text, base_dir, cron, top_k, drift_margin, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", s.name(), s.spaceText(), s.baseDir(), s.cron(), s.topK(),
                s.driftMargin(), s.createdAt().toEpochMilli());
        return true;
    }

    Optional<ScheduleSpec> find(String name) {
        return query("SELECT name, space_text, base_dir, cron, top_k, drift_margin, created_at FROM schedules"
                + " WHERE name = ?", List.of(name), ScheduleTables::spec).stream().findFirst();
    }

    List<ScheduleSpec> all() {
        return query("SELECT name, space_text, base_dir, cron, top_k, drift_margin, created_at FROM schedules"
                + " ORDER BY name", List.of(), ScheduleTables::spec);
    }

    /** Deletes a schedule with its runs and drift events; false when there was none. */
    boolean delete(String name) {
        update("DELETE FROM schedule_drift WHERE schedule_name = ?", name);
        update("DELETE FROM schedule_runs WHERE schedule_name = ?", name);
        return update("DELETE FROM schedules WHERE name = ?", name) > 0;
    }

    /** Records the start of a run; returns its id. */
    long startRun(String schedule, String study, Instant at, Double championPrevious) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schedule_runs (schedule_name, study_name, started_at, champion_previous)"
                        + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, List.of(schedule, study, at.toEpochMilli()));
            ps.setObject(4, championPrevious, Types.DOUBLE);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the run of schedule '" + schedule + "'", e);
        }
    }

    void finishRun(long runId, Instant at, Double championRescore) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE schedule_runs SET finished_at = ?, champion_rescore = ? WHERE id = ?")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setObject(2, championRescore, Types.DOUBLE);
            ps.setLong(3, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the end of run " + runId, e);
        }
    }

    /** The runs of a schedule, oldest first. */
    List<RunRow> runs(String schedule) {
        return query("SELECT id, study_name, started_at, finished_at, champion_previous, champion_rescore"
                + " FROM schedule_runs WHERE schedule_name = ? ORDER BY id", List.of(schedule), rs -> new RunRow(
                rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), instant(rs, 4), dbl(rs, 5),
                dbl(rs, 6)));
    }

    void insertDrift(DriftEvent e) {
        update("INSERT INTO schedule_drift (schedule_name, study_name, old_value, new_value, detected_at)"
                + " VALUES (?, ?, ?, ?, ?)", e.schedule(), e.study(), e.oldValue(), e.newValue(),
                e.detectedAt().toEpochMilli());
    }

    List<DriftEvent> drift(String schedule) {
        return query("SELECT schedule_name, study_name, old_value, new_value, detected_at FROM schedule_drift"
                + " WHERE schedule_name = ? ORDER BY id", List.of(schedule), rs -> new DriftEvent(rs.getString(1),
                rs.getString(2), rs.getDouble(3), rs.getDouble(4), Instant.ofEpochMilli(rs.getLong(5))));
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> args, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("schedule query failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, List.of(args));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("schedule update failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static ScheduleSpec spec(ResultSet rs) throws SQLException {
        return new ScheduleSpec(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getDouble(6), Instant.ofEpochMilli(rs.getLong(7)));
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Double dbl(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }
}
