package io.automl.results;

import io.automl.engine.TrialState;
import io.automl.space.Config;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Adds and claims trials on a connection the caller's transaction owns. Every method first locks the
 * study row, so trial numbers, the trial budget and claims are decided by one transaction at a time
 * across all processes sharing the database. The study row counts its trials; numbers are dense
 * (0, 1, 2, ...; trials are never deleted), so the count is the next number and the budgeted count is the
 * count minus the cancelled trials (read through an index). Thread-safe (stateless apart from the codec).
 */
final class TrialCreation {
    private final StudySql studies;
    private final JsonCodec json;

    TrialCreation(StudySql studies, JsonCodec json) {
        this.studies = Objects.requireNonNull(studies, "studies");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** Inserts a RUNNING trial unless the budget is used up; returns its id. */
    OptionalLong start(Connection c, long studyId, int maxTrials, Config config, long seed, String worker,
            long nowMillis, long leaseUntil) throws SQLException {
        int next = studies.lock(c, studyId);
        int budgeted = next - cancelled(c, studyId);
        if (budgeted >= maxTrials) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(insert(c, studyId, next, TrialState.RUNNING, config, seed, worker, leaseUntil,
                nowMillis, nowMillis));
    }

    /** Inserts a WAITING trial; returns its id. */
    long enqueue(Connection c, long studyId, Config config, long seed, long nowMillis) throws SQLException {
        int next = studies.lock(c, studyId);
        return insert(c, studyId, next, TrialState.WAITING, config, seed, null, null, nowMillis,
                null);
    }

    /** Makes the lowest-numbered WAITING trial RUNNING for {@code worker}; returns its id. */
    OptionalLong claim(Connection c, long studyId, String worker, long nowMillis, long leaseUntil)
            throws SQLException {
        studies.lock(c, studyId);
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM trials WHERE study_id = ? AND state = 'WAITING' ORDER BY number LIMIT 1")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return OptionalLong.empty();
                }
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET state = 'RUNNING', worker = ?, "
                + "lease_until = ?, started_at = ? WHERE id = ? AND state = 'WAITING'")) {
            ps.setString(1, worker);
            ps.setLong(2, leaseUntil);
            ps.setLong(3, nowMillis);
            ps.setLong(4, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("trial " + id + " left WAITING while its study was locked");
            }
        }
        return OptionalLong.of(id);
    }

    private static int cancelled(Connection c, long studyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM trials WHERE study_id = ? AND state = 'CANCELLED'")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long insert(Connection c, long studyId, int number, TrialState state, Config config, long seed,
            String worker, Long leaseUntil, long createdAt, Long startedAt) throws SQLException {
        String sql = "INSERT INTO trials (study_id, number, state, config_json, seed, worker, lease_until, attempt, "
                + "attributes_json, created_at, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, '{}', ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, studyId);
            ps.setInt(2, number);
            ps.setString(3, state.name());
            ps.setString(4, json.configJson(config));
            ps.setLong(5, seed);
            ps.setString(6, worker);
            ps.setObject(7, leaseUntil, java.sql.Types.BIGINT);
            ps.setLong(8, createdAt);
            ps.setObject(9, startedAt, java.sql.Types.BIGINT);
            ps.executeUpdate();
            studies.countTrial(c, studyId);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        }
    }
}
