package io.automl.results;

import io.automl.engine.Outcome;
import io.automl.engine.StaleTrialException;
import io.automl.engine.TrialState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes existing trials on a connection the caller's transaction owns. Each change first locks the
 * trial row ({@code SELECT ... FOR UPDATE}) and checks that the trial is RUNNING and owned by the
 * writing worker; otherwise it throws {@link StaleTrialException} naming the trial, its state and its
 * owner. Thread-safe (stateless apart from the codec).
 */
final class TrialUpdates {
    private final JsonCodec json;

    TrialUpdates(JsonCodec json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** Extends the lease; false when the trial is not RUNNING or belongs to another worker. */
    boolean heartbeat(Connection c, long trialId, String worker, long leaseUntil) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE trials SET lease_until = ? WHERE id = ? AND state = 'RUNNING' AND worker = ?")) {
            ps.setLong(1, leaseUntil);
            ps.setLong(2, trialId);
            ps.setString(3, worker);
            return ps.executeUpdate() == 1;
        }
    }

    /** Stores an intermediate value, replacing the one at the same step. */
    void report(Connection c, long trialId, String worker, int step, double value) throws SQLException {
        requireOwned(lock(c, trialId), worker, "report step " + step);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE intermediate_values SET value = ? WHERE trial_id = ? AND step = ?")) {
            update.setDouble(1, value);
            update.setLong(2, trialId);
            update.setInt(3, step);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO intermediate_values (trial_id, step, value) VALUES (?, ?, ?)")) {
            insert.setLong(1, trialId);
            insert.setInt(2, step);
            insert.setDouble(3, value);
            insert.executeUpdate();
        }
    }

    /** Writes the outcome of a RUNNING trial owned by {@code worker}, or cancels a WAITING one. */
    void finish(Connection c, long trialId, String worker, Outcome outcome, long nowMillis) throws SQLException {
        Locked t = lock(c, trialId);
        boolean cancelWaiting = t.state == TrialState.WAITING && outcome instanceof Outcome.Cancelled;
        if (!cancelWaiting) {
            requireOwned(t, worker, "finish as " + outcome.state());
        }
        Map<String, Object> attributes = new LinkedHashMap<>(json.attributes(t.attributesJson));
        attributes.putAll(outcome.attributes());
        Double value = null;
        String values = null;
        String reason = null;
        if (outcome instanceof Outcome.Complete complete) {
            value = complete.value();
            values = complete.values().isEmpty() ? null : json.valuesJson(complete.values());
        } else if (outcome instanceof Outcome.Pruned pruned) {
            value = pruned.value();
        } else if (outcome instanceof Outcome.Failed failed) {
            reason = failed.reason();
        } else if (outcome instanceof Outcome.Cancelled cancelled) {
            reason = cancelled.reason();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET state = ?, value = ?, reason = ?, "
                + "attributes_json = ?, finished_at = ?, lease_until = NULL, objective_values = ? "
                + "WHERE id = ? AND state = ?")) {
            ps.setString(1, outcome.state().name());
            ps.setObject(2, value, Types.DOUBLE);
            ps.setString(3, reason);
            ps.setString(4, json.attributesJson(attributes));
            ps.setLong(5, nowMillis);
            ps.setString(6, values);
            ps.setLong(7, trialId);
            ps.setString(8, t.state.name());
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("trial " + trialId + " changed while locked");
            }
        }
    }

    /**
     * Releases RUNNING trials of a study (those whose lease ended before {@code leaseBefore}, or all when
     * it is null): back to WAITING with the attempt raised while {@code attempt + 1 < maxAttempts},
     * otherwise FAILED with {@code reason}. Returns how many were released.
     */
    int release(Connection c, long studyId, Long leaseBefore, int maxAttempts, String reason, long nowMillis)
            throws SQLException {
        List<Long> requeue = new ArrayList<>();
        List<Long> fail = new ArrayList<>();
        String sql = "SELECT id, attempt FROM trials WHERE study_id = ? AND state = 'RUNNING'"
                + (leaseBefore == null ? "" : " AND lease_until < ?") + " ORDER BY id FOR UPDATE";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, studyId);
            if (leaseBefore != null) {
                ps.setLong(2, leaseBefore);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (rs.getInt(2) + 1 < maxAttempts ? requeue : fail).add(rs.getLong(1));
                }
            }
        }
        batch(c, "DELETE FROM intermediate_values WHERE trial_id = ?", requeue);
        batch(c, "UPDATE trials SET state = 'WAITING', attempt = attempt + 1, worker = NULL, lease_until = NULL, "
                + "started_at = NULL, value = NULL WHERE id = ?", requeue);
        batch(c, "UPDATE trials SET state = 'FAILED', reason = ?, finished_at = ?, lease_until = NULL WHERE id = ?",
                fail, reason, nowMillis);
        return requeue.size() + fail.size();
    }

    /** Merges attributes into a trial's attributes, whatever its state. */
    void addAttributes(Connection c, long trialId, Map<String, Object> extra) throws SQLException {
        Locked t = lock(c, trialId);
        Map<String, Object> attributes = new LinkedHashMap<>(json.attributes(t.attributesJson));
        attributes.putAll(extra);
        try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET attributes_json = ? WHERE id = ?")) {
            ps.setString(1, json.attributesJson(attributes));
            ps.setLong(2, trialId);
            ps.executeUpdate();
        }
    }

    /** Locks the trial row; throws {@link IllegalArgumentException} naming {@code trialId} when absent. */
    Locked lock(Connection c, long trialId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT state, worker, attributes_json FROM trials WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, trialId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("trialId: no trial with id " + trialId);
                }
                return new Locked(trialId, TrialState.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3));
            }
        }
    }

    private static void requireOwned(Locked t, String worker, String action) {
        if (t.state != TrialState.RUNNING) {
            throw new StaleTrialException("trial id " + t.id + " is " + t.state + ": worker '" + worker
                    + "' may not " + action);
        }
        if (!t.worker.equals(worker)) {
            throw new StaleTrialException("trial id " + t.id + " is now owned by worker '" + t.worker + "': worker '"
                    + worker + "' may not " + action);
        }
    }

    /** Runs {@code sql} once per id, binding {@code leading} before the id. */
    private static void batch(Connection c, String sql, List<Long> ids, Object... leading) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long id : ids) {
                for (int i = 0; i < leading.length; i++) {
                    ps.setObject(i + 1, leading[i]);
                }
                ps.setLong(leading.length + 1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A trial row held under lock: its state, owner and attributes. */
    record Locked(long id, TrialState state, String worker, String attributesJson) {
    }
}
