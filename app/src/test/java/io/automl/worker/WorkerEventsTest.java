package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Direction;
import io.automl.web.EventStream;
import io.automl.app.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live events of studies whose trials run in two real {@code automl worker} child processes (serve with process
 * isolation): the server's event stream, read over real HTTP, carries one {@code trial-started} and one final
 * event for every trial, in that order, and a {@code new-best} for the winner, with best values that never get
 * worse; the polling fallback lists the same events. A study nobody watched while it ran has the same events
 * kept, published by the worker API alone. No process outlives the test.
 */
class WorkerEventsTest {
    private static final int TRIALS = 6;
    private static final Set<String> FINAL = Set.of("trial-finished", "trial-pruned", "trial-failed");
    private final ProcessFixture fx = new ProcessFixture();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path root;
    private Services services;
    private Server server;
    private RemoteTrialStore store;

    @BeforeEach
    void startServer() throws Exception {
        services = ProcessFixture.services(root);
        server = ProcessFixture.twoWorkerServer(services, root, Duration.ofSeconds(6));
        store = fx.store(server.url());
    }

    @AfterEach
    void stopServer() {
        server.close();
        services.close();
        assertEquals(0, ProcessFixture.killDescendants(), "worker processes outlived the server");
    }

    @Test
    void trialsRunByWorkerProcessesReachTheEventStreamOncePerTransition() throws Exception {
        // nobody watches this one: its events can come only from the worker API as the workers report
        StudyRecord quiet = submit("iris-quiet", 4);
        StudyRecord watched = submit("iris-events", TRIALS);
        // after=0: the kept events from the study's start first (a worker may have begun already), then live
        try (EventStream stream = EventStream.open(http, URI.create(server.url()
                + "/api/studies/iris-events/events?after=0"), ProcessFixture.TOKEN)) {
            for (StudyRecord s : List.of(watched, quiet)) {
                assertTrue(ProcessFixture.await(Duration.ofMinutes(4), () -> ProcessFixture.complete(store, s)),
                        () -> "study did not complete: " + ProcessFixture.describe(store, s));
            }
            TrialSnapshot winner = store.leaderboard(watched.id(), Direction.MAXIMIZE, 1).get(0);
            // a trial cancelled unrun as a concurrent twin (RunContext.concurrentTwin) finishes too, as CANCELLED
            assertTrue(stream.await(Duration.ofSeconds(10), es -> es.stream().filter(e -> FINAL.contains(e.type())
                    && !"CANCELLED".equals(e.data().path("data").path("state").asText()))
                    .count() == TRIALS && es.stream().anyMatch(e -> e.type().equals("new-best")
                    && e.number() == winner.number())), () -> "events: " + stream.events());
            List<Ev> streamed = stream.events().stream().map(e -> new Ev(e.seq(), e.type(), e.number(),
                    e.data().path("data").path("state").asText(), e.data().path("data").path("value").asDouble()))
                    .toList();
            assertOncePerTransition(watched, streamed);
            // each epoch's value a worker process reports reaches the stream too: pages grow its curve live
            for (TrialSnapshot t : store.trials(watched.id())) {
                if (t.state() == TrialState.COMPLETE) {
                    assertTrue(streamed.stream().anyMatch(e -> e.type().equals("trial-step") && e.number() == t.number()),
                            () -> "no trial-step of trial " + t.number() + ": " + streamed);
                }
            }
            List<Long> delays = new ArrayList<>();
            for (EventStream.Event e : stream.events()) {
                store.trials(watched.id()).stream().filter(t -> FINAL.contains(e.type()) && t.number() == e.number())
                        .forEach(t -> delays.add(Duration.between(t.finishedAt(), e.received()).toMillis()));
            }
            java.util.Collections.sort(delays);
            System.out.printf("worker-process events: finish-to-event delay median %d ms, max %d ms over %d trials%n",
                    delays.get(delays.size() / 2), delays.get(delays.size() - 1), delays.size());
            assertEquals(withoutStudyState(streamed), withoutStudyState(polled(watched.name())),
                    "the polling fallback lists the same events");
        }
        assertOncePerTransition(quiet, polled(quiet.name()));
    }

    private StudyRecord submit(String name, int trials) throws Exception {
        HttpResponse<String> created = fx.post(server.url(), "/api/studies", fx.irisSpace(name, trials, 15));
        assertEquals(201, created.statusCode(), created.body());
        return store.findStudy(name).orElseThrow();
    }

    /**
     * Every trial of the study, run by a worker process, has one trial-started and then one final event naming
     * its state; the last new-best is the winner and best values never get worse.
     */
    private void assertOncePerTransition(StudyRecord s, List<Ev> events) {
        List<TrialSnapshot> trials = store.trials(s.id());
        for (TrialSnapshot t : trials) {
            assertTrue(server.workers().orElseThrow().pidOfOwner(t.worker()).isPresent(),
                    "a worker process ran trial " + t.number() + ": " + t.worker());
            List<Ev> own = events.stream().filter(e -> e.number() == t.number() && e.type().startsWith("trial-")
                    && !e.type().equals("trial-step")).toList();
            assertEquals(2, own.size(), () -> s.name() + " trial " + t.number() + ": " + own);
            assertEquals("trial-started", own.get(0).type());
            assertEquals(t.state() == TrialState.PRUNED ? "trial-pruned" : t.state() == TrialState.FAILED
                    ? "trial-failed" : "trial-finished", own.get(1).type());
            assertEquals(t.state().name(), own.get(1).state());
            assertTrue(own.get(0).seq() < own.get(1).seq());
        }
        TrialSnapshot winner = store.leaderboard(s.id(), Direction.MAXIMIZE, 1).get(0);
        List<Ev> best = events.stream().filter(e -> e.type().equals("new-best")).toList();
        assertFalse(best.isEmpty(), () -> s.name() + ": no new-best in " + events);
        assertEquals(winner.number(), best.get(best.size() - 1).number(), best.toString());
        for (int i = 1; i < best.size(); i++) {
            assertTrue(best.get(i).value() >= best.get(i - 1).value(), "best values never get worse: " + best);
        }
        assertEquals(winner.value(), best.get(best.size() - 1).value(), 1e-12);
    }

    private static List<Ev> withoutStudyState(List<Ev> events) {
        return events.stream().filter(e -> !e.type().equals("study-state")).toList();
    }

    private List<Ev> polled(String study) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.url() + "/api/studies/" + study + "/events?after=0"))
                .header("Authorization", "Bearer " + ProcessFixture.TOKEN).build();
        JsonNode body = new ObjectMapper().readTree(http.send(r, HttpResponse.BodyHandlers.ofString()).body());
        List<Ev> out = new ArrayList<>();
        for (JsonNode e : body.path("events")) {
            JsonNode d = e.path("data");
            out.add(new Ev(e.path("seq").asLong(), e.path("type").asText(), d.path("number").asInt(-1),
                    d.path("state").asText(), d.path("value").asDouble()));
        }
        return out;
    }

    /** One event as seen by a client: sequence number, type, trial number, state and value of its payload. */
    private record Ev(long seq, String type, int number, String state, double value) {
    }
}
