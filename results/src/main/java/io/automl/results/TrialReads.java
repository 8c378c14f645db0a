package io.automl.results;

import io.automl.engine.StudyCounts;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads trials as {@link TrialSnapshot}s on a connection the caller's transaction owns. A list read
 * costs two queries whatever its length: one for the trial rows and one for their intermediate values
 * (by id list for short lists, by one primary-key range for long ones). Thread-safe (stateless
 * apart from the codec).
 */
final class TrialReads {
    private static final int ID_LIST_LIMIT = 500;
    private static final String COLUMNS = "t.id, t.study_id, t.number, t.state, t.config_json, t.seed, t.value, "
            + "t.reason, t.worker, t.attempt, t.attributes_json, t.created_at, t.started_at, t.finished_at, "
            + "t.objective_values";

    private final JsonCodec json;

    TrialReads(JsonCodec json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    Optional<TrialSnapshot> byId(Connection c, long trialId) throws SQLException {
        return first(select(c, "t.id = ?", "", List.of(trialId)));
    }

    Optional<TrialSnapshot> byNumber(Connection c, long studyId, int number) throws SQLException {
        return first(select(c, "t.study_id = ? AND t.number = ?", "", List.of(studyId, number)));
    }

    List<TrialSnapshot> ofStudy(Connection c, long studyId) throws SQLException {
        return select(c, "t.study_id = ?", "ORDER BY t.number", List.of(studyId));
    }

    List<TrialSnapshot> since(Connection c, long studyId, long afterId, List<TrialState> states) throws SQLException {
        if (states.isEmpty()) {
            return List.of();
        }
        // Only (study_id, id) is filtered in SQL: with a state list H2 prefers the (study_id, state) index and
        // scans the whole study, while the id range alone reads just the new rows. States are filtered here.
        List<TrialSnapshot> rows = select(c, "t.study_id = ? AND t.id > ?", "ORDER BY t.id", List.of(studyId, afterId));
        if (states.containsAll(EnumSet.allOf(TrialState.class))) {
            return rows;
        }
        Set<TrialState> wanted = EnumSet.copyOf(states);
        return rows.stream().filter(t -> wanted.contains(t.state())).toList();
    }

    List<TrialSnapshot> best(Connection c, long studyId, boolean descending, int limit) throws SQLException {
        // The equality-bound columns lead the ORDER BY so that H2, like PostgreSQL, reads the matching
        // leaderboard index in order and stops after {@code limit} entries (V3__leaderboard_indexes.sql).
        String order = "ORDER BY t.study_id, t.state, t.value " + (descending ? "DESC" : "ASC") + ", t.number LIMIT ?";
        return select(c, "t.study_id = ? AND t.state = 'COMPLETE'", order, List.of(studyId, limit));
    }

    StudyCounts counts(Connection c, long studyId) throws SQLException {
        Map<TrialState, Integer> n = new EnumMap<>(TrialState.class);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT state, COUNT(*) FROM trials WHERE study_id = ? GROUP BY state")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n.put(TrialState.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
        }
        return new StudyCounts(n.getOrDefault(TrialState.WAITING, 0), n.getOrDefault(TrialState.RUNNING, 0),
                n.getOrDefault(TrialState.COMPLETE, 0), n.getOrDefault(TrialState.PRUNED, 0),
                n.getOrDefault(TrialState.FAILED, 0), n.getOrDefault(TrialState.CANCELLED, 0));
    }

    /** Rows matching {@code where} (on alias {@code t}), ordered and limited by {@code tail}. */
    private List<TrialSnapshot> select(Connection c, String where, String tail, List<Object> params)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM trials t WHERE " + where + " " + tail)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, SortedMap<Integer, Double>> intermediate = rows.size() <= ID_LIST_LIMIT
                ? intermediateById(c, rows)
                : intermediateByIdRange(c, rows);
        List<TrialSnapshot> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.snapshot(json, intermediate.getOrDefault(r.id(), Collections.emptySortedMap())));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<Long, SortedMap<Integer, Double>> intermediateById(Connection c, List<Row> rows)
            throws SQLException {
        String sql = "SELECT trial_id, step, value FROM intermediate_values WHERE trial_id IN (" + marks(rows.size()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                ps.setLong(i + 1, rows.get(i).id());
            }
            return collect(ps);
        }
    }

    /**
     * For long lists: one range scan of the primary key between the lowest and highest trial id, keeping
     * only the listed trials (trials of other studies created in between are read and dropped).
     */
    private static Map<Long, SortedMap<Integer, Double>> intermediateByIdRange(Connection c, List<Row> rows)
            throws SQLException {
        Set<Long> ids = new HashSet<>();
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (Row r : rows) {
            ids.add(r.id());
            low = Math.min(low, r.id());
            high = Math.max(high, r.id());
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT trial_id, step, value FROM intermediate_values WHERE trial_id BETWEEN ? AND ?")) {
            ps.setLong(1, low);
            ps.setLong(2, high);
            Map<Long, SortedMap<Integer, Double>> all = collect(ps);
            all.keySet().retainAll(ids);
            return all;
        }
    }

    private static Map<Long, SortedMap<Integer, Double>> collect(PreparedStatement ps) throws SQLException {
        Map<Long, SortedMap<Integer, Double>> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getDouble(3));
            }
        }
        return out;
    }

    private Row row(ResultSet rs) throws SQLException {
        double value = rs.getDouble("value");
        Double boxed = rs.wasNull() ? null : value;
        return new Row(rs.getLong("id"), rs.getLong("study_id"), rs.getInt("number"),
                TrialState.valueOf(rs.getString("state")), rs.getString("config_json"), rs.getLong("seed"), boxed,
                rs.getString("reason"), rs.getString("worker"), rs.getInt("attempt"),
                rs.getString("attributes_json"), rs.getLong("created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("objective_values"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** One trial row before its intermediate values are attached. */
    private record Row(long id, long studyId, int number, TrialState state, String configJson, long seed,
            Double value, String reason, String worker, int attempt, String attributesJson, long createdAt,
            Instant startedAt, Instant finishedAt, String valuesJson) {

        TrialSnapshot snapshot(JsonCodec json, SortedMap<Integer, Double> intermediate) {
            return new TrialSnapshot(id, studyId, number, state, json.config(configJson), seed, value, intermediate,
                    json.attributes(attributesJson), reason, worker, attempt, Instant.ofEpochMilli(createdAt),
                    startedAt, finishedAt, valuesJson == null ? List.of() : json.values(valuesJson));
        }
    }
}
