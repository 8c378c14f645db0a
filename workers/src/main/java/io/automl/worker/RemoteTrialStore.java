package io.automl.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.engine.Outcome;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@link TrialStore} that forwards every operation to a server's worker API ({@code /api/worker}), so that
 * a worker process runs the ordinary study loop against the server's store. Values round-trip with their
 * types (see {@link Wire}); a 409 "stale" answer becomes {@link io.automl.engine.StaleTrialException}, a
 * 400 becomes {@link IllegalArgumentException}; a server that cannot be reached raises
 * {@link WorkerHttp.Unreachable}. Thread-safe; {@link #close} releases nothing on the server.
 */
public final class RemoteTrialStore implements TrialStore {
    private static final String P = "/api/worker";
    private final WorkerHttp http;
    private final Wire wire;

    public RemoteTrialStore(WorkerHttp http, Wire wire) {
        this.http = Objects.requireNonNull(http, "http");
        this.wire = Objects.requireNonNull(wire, "wire");
    }

    /** The studies in {@code state}, newest first. */
    public List<StudyRecord> studies(StudyState state) {
        Objects.requireNonNull(state, "state");
        return studyList(http.get(P + "/studies?state=" + state.name()));
    }

    /**
     * Not offered: workers run the studies users submit (through {@code POST /api/studies}, where the server's
     * checks apply) and create none.
     */
    @Override
    public StudyRecord createStudy(String name, String spaceText, String baseDir, Direction direction) {
        throw new UnsupportedOperationException("workers do not create studies; submit them with POST /api/studies");
    }

    @Override
    public Optional<StudyRecord> findStudy(String name) {
        return optional(http.get(P + "/study-named/" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20"))).map(wire::study);
    }

    @Override
    public Optional<StudyRecord> study(long id) {
        return optional(http.get(P + "/studies/" + id)).map(wire::study);
    }

    @Override
    public List<StudyRecord> studies() {
        return studyList(http.get(P + "/studies"));
    }

    @Override
    public void setStudyState(long studyId, StudyState state) {
        http.json("PUT", P + "/studies/" + studyId + "/state", obj().put("state", state.name()));
    }

    @Override
    public void failStudy(long studyId, String reason) {
        http.json("PUT", P + "/studies/" + studyId + "/state", obj().put("state", StudyState.FAILED.name())
                .put("reason", java.util.Objects.requireNonNull(reason, "reason")));
    }

    @Override
    public Optional<TrialSnapshot> startTrial(long studyId, int maxTrials, Config config, long seed, String worker,
            Duration lease) {
        ObjectNode b = obj().put("maxTrials", maxTrials).put("seed", seed).put("worker", worker)
                .put("leaseMillis", lease.toMillis());
        b.set("config", wire.mapper().valueToTree(config.values()));
        return optional(http.json("POST", P + "/studies/" + studyId + "/start", b)).map(wire::trial);
    }

    @Override
    public TrialSnapshot enqueue(long studyId, Config config, long seed) {
        ObjectNode b = obj().put("seed", seed);
        b.set("config", wire.mapper().valueToTree(config.values()));
        return wire.trial(http.json("POST", P + "/studies/" + studyId + "/enqueue", b));
    }

    @Override
    public Optional<TrialSnapshot> claimWaiting(long studyId, String worker, Duration lease) {
        ObjectNode b = obj().put("worker", worker).put("leaseMillis", lease.toMillis());
        return optional(http.json("POST", P + "/studies/" + studyId + "/claim", b)).map(wire::trial);
    }

    @Override
    public boolean heartbeat(long trialId, String worker, Duration lease) {
        ObjectNode b = obj().put("worker", worker).put("leaseMillis", lease.toMillis());
        return http.json("POST", P + "/trials/" + trialId + "/heartbeat", b).path("owned").asBoolean(false);
    }

    @Override
    public void reportIntermediate(long trialId, String worker, int step, double value) {
        http.json("POST", P + "/trials/" + trialId + "/intermediate", obj().put("worker", worker).put("step", step)
                .put("value", value));
    }

    @Override
    public TrialSnapshot finish(long trialId, String worker, Outcome outcome) {
        ObjectNode b = obj().put("worker", worker);
        b.set("outcome", wire.outcome(outcome));
        return wire.trial(http.json("POST", P + "/trials/" + trialId + "/finish", b));
    }

    @Override
    public int releaseRunning(long studyId, Instant now, int maxAttempts, String reason) {
        ObjectNode b = obj().put("now", now == null ? null : now.toString()).put("maxAttempts", maxAttempts)
                .put("reason", reason);
        return http.json("POST", P + "/studies/" + studyId + "/release", b).path("released").asInt();
    }

    @Override
    public List<TrialSnapshot> trials(long studyId) {
        return trialList(http.get(P + "/studies/" + studyId + "/trials"));
    }

    @Override
    public List<TrialSnapshot> trialsSince(long studyId, long afterId, List<TrialState> states) {
        String list = states.stream().map(TrialState::name).collect(Collectors.joining(","));
        return trialList(http.get(P + "/studies/" + studyId + "/trials-since?after=" + afterId + "&states=" + list));
    }

    @Override
    public Optional<TrialSnapshot> trial(long studyId, int number) {
        return optional(http.get(P + "/studies/" + studyId + "/trials/" + number)).map(wire::trial);
    }

    @Override
    public StudyCounts counts(long studyId) {
        JsonNode n = http.get(P + "/studies/" + studyId + "/counts");
        return new StudyCounts(n.get("waiting").asInt(), n.get("running").asInt(), n.get("complete").asInt(),
                n.get("pruned").asInt(), n.get("failed").asInt(), n.get("cancelled").asInt());
    }

    @Override
    public List<TrialSnapshot> leaderboard(long studyId, Direction direction, int limit) {
        return trialList(http.get(P + "/studies/" + studyId + "/leaderboard?direction=" + direction.wireName() + "&limit="
                + limit));
    }

    @Override
    public void addAttributes(long trialId, Map<String, Object> attributes) {
        ObjectNode b = obj();
        b.set("attributes", wire.mapper().valueToTree(attributes));
        http.json("POST", P + "/trials/" + trialId + "/attributes", b);
    }

    @Override
    public void putArtifact(long trialId, String name, byte[] data) {
        http.putBytes(P + "/trials/" + trialId + "/artifacts/" + segment(name), data);
    }

    @Override
    public Optional<byte[]> artifact(long trialId, String name) {
        return http.getBytes(P + "/trials/" + trialId + "/artifacts/" + segment(name));
    }

    @Override
    public boolean deleteArtifact(long trialId, String name) {
        return http.json("DELETE", P + "/trials/" + trialId + "/artifacts/" + segment(name), null).path("deleted")
                .asBoolean();
    }

    /**
     * Always throws: workers never delete studies. Deletion is an operator's action through
     * {@code DELETE /api/studies/{name}}, which first checks that no worker still runs the study.
     */
    @Override
    public void deleteStudy(long studyId) {
        throw new UnsupportedOperationException("workers cannot delete studies; delete study " + studyId
                + " through DELETE /api/studies/{name} on the server");
    }

    @Override
    public void close() {
        // the HTTP client holds no server-side resources
    }

    private static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private ObjectNode obj() {
        return wire.mapper().createObjectNode();
    }

    private static Optional<JsonNode> optional(JsonNode answer) {
        return answer.path("found").asBoolean(false) ? Optional.of(answer.get("value")) : Optional.empty();
    }

    private List<StudyRecord> studyList(JsonNode array) {
        List<StudyRecord> out = new ArrayList<>();
        array.forEach(n -> out.add(wire.study(n)));
        return List.copyOf(out);
    }

    private List<TrialSnapshot> trialList(JsonNode array) {
        List<TrialSnapshot> out = new ArrayList<>();
        array.forEach(n -> out.add(wire.trial(n)));
        return List.copyOf(out);
    }
}
