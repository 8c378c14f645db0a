package io.automl.results;

import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.space.Direction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL on the {@code studies} table, run on a connection the caller's transaction owns. Stateless. */
final class StudySql {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, name, space_text, base_dir, direction, state, created_at, reason";

    StudyRecord insert(Connection c, String name, String spaceText, String baseDir, Direction direction,
            long nowMillis) throws SQLException {
        if (byName(c, name).isPresent()) {
            throw nameTaken(name);
        }
        String sql = "INSERT INTO studies (name, space_text, base_dir, direction, state, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, spaceText);
            ps.setString(3, baseDir);
            ps.setString(4, direction.name());
            ps.setString(5, StudyState.RUNNING.name());
            ps.setLong(6, nowMillis);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new StudyRecord(keys.getLong("id"), name, spaceText, baseDir, direction, StudyState.RUNNING,
                        Instant.ofEpochMilli(nowMillis));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                IllegalArgumentException taken = nameTaken(name);
                taken.initCause(e);
                throw taken;
            }
            throw e;
        }
    }

    Optional<StudyRecord> byName(Connection c, String name) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM studies WHERE name = ?", name);
    }

    Optional<StudyRecord> byId(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM studies WHERE id = ?", id);
    }

    List<StudyRecord> all(Connection c) throws SQLException {
        List<StudyRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM studies ORDER BY created_at DESC, id DESC");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    /** Sets the state; false when there is no such study. */
    /** Sets the state and the reason ({@code null}: none); false when there is no such study. */
    boolean setState(Connection c, long id, StudyState state, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE studies SET state = ?, reason = ? WHERE id = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, reason);
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Locks the study row until the transaction ends, serialising trial creation and claims across
     * processes, and returns the study's trial count (the next trial number); throws
     * {@link IllegalArgumentException} naming {@code studyId} when there is no such study.
     */
    int lock(Connection c, long studyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT trial_count FROM studies WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("studyId: no study with id " + studyId);
                }
                return rs.getInt(1);
            }
        }
    }

    /** Counts one more trial of a study locked by {@link #lock}. */
    void countTrial(Connection c, long studyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE studies SET trial_count = trial_count + 1 WHERE id = ?")) {
            ps.setLong(1, studyId);
            ps.executeUpdate();
        }
    }

    /**
     * Deletes a study locked by {@link #lock} with its artifacts, intermediate values and trials (children
     * first, so the foreign keys hold at every statement).
     */
    void delete(Connection c, long studyId) throws SQLException {
        String trialsOfStudy = "SELECT id FROM trials WHERE study_id = ?";
        for (String sql : List.of(
                "DELETE FROM artifacts WHERE trial_id IN (" + trialsOfStudy + ")",
                "DELETE FROM intermediate_values WHERE trial_id IN (" + trialsOfStudy + ")",
                "DELETE FROM trials WHERE study_id = ?",
                "DELETE FROM studies WHERE id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, studyId);
                ps.executeUpdate();
            }
        }
    }

    private Optional<StudyRecord> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static StudyRecord map(ResultSet rs) throws SQLException {
        return new StudyRecord(rs.getLong("id"), rs.getString("name"), rs.getString("space_text"),
                rs.getString("base_dir"), Direction.valueOf(rs.getString("direction")),
                StudyState.valueOf(rs.getString("state")), Instant.ofEpochMilli(rs.getLong("created_at")),
                rs.getString("reason") == null ? "" : rs.getString("reason"));
    }

    private static IllegalArgumentException nameTaken(String name) {
        return new IllegalArgumentException("name: a study named '" + name + "' already exists");
    }
}
