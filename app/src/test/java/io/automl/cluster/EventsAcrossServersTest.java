package io.automl.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.results.JdbcTrialStore;
import io.automl.results.StoreFactory;
import io.automl.space.Direction;
import io.automl.web.EventStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code automl serve} processes on one PostgreSQL store: a study runs on server A's trial threads while a
 * client follows it on server B's event stream. B runs none of it, yet its stream carries every transition made
 * after the client connected, once: a {@code trial-started} for each trial started after that, a final event for
 * each trial finished after that, a {@code new-best} for the winner and the study's COMPLETE state.
 */
class EventsAcrossServersTest {
    private static final int TRIALS = 10;
    private static final Set<String> FINAL = Set.of("trial-finished", "trial-pruned", "trial-failed");

    @TempDir
    Path root;

    @Test
    void aStudyRunOnOneServerStreamsItsEventsFromAnother() throws Exception {
        Path executions = root.resolve("executions.log");
        Files.createFile(executions);
        String space = new CommandSpaces().space("watched", TRIALS, 2, 0.6, executions).toString();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (PgDatabase db = PgDatabase.create();
                ServerNode a = ServerNode.start(db, root.resolve("a"), "--allow-commands");
                ServerNode b = ServerNode.start(db, root.resolve("b"), "--allow-commands");
                JdbcTrialStore store = StoreFactory.jdbc(db.url(), db.user(), db.password())) {
            HttpResponse<String> created = a.post("/api/studies", space);
            assertEquals(201, created.statusCode(), created.body());
            StudyRecord study = store.findStudy("watched").orElseThrow();
            try (EventStream stream = EventStream.open(http, URI.create(b.url() + "/api/studies/watched/events"),
                    ServerNode.TOKEN)) {
                assertTrue(Cluster.await(10, () -> stream.connectedAt() != null), "no connected comment");
                Instant connected = stream.connectedAt();
                assertTrue(Cluster.await(90, () -> store.counts(study.id()).finished() == TRIALS),
                        () -> "study did not finish: " + store.counts(study.id()) + "\n" + logs(a));
                TrialSnapshot winner = store.leaderboard(study.id(), Direction.MAXIMIZE, 1).get(0);
                List<TrialSnapshot> trials = store.trials(study.id());
                long finishedAfter = trials.stream().filter(t -> t.finishedAt().isAfter(connected)).count();
                assertTrue(finishedAfter >= TRIALS / 2, "the study ran while watched: " + finishedAfter);
                assertTrue(stream.await(Duration.ofSeconds(10), es -> es.stream().filter(e -> FINAL.contains(e.type()))
                        .count() >= finishedAfter && has(es, "new-best", winner.number(), "COMPLETE")
                        && has(es, "study-state", -1, "COMPLETE")), () -> describe(stream.events()));
                List<EventStream.Event> events = stream.events();
                for (TrialSnapshot t : trials) {
                    assertFalse(t.worker().startsWith("web" + b.pid() + "-"), "server B ran trial " + t.number());
                    List<String> own = events.stream().filter(e -> e.number() == t.number()
                            && !e.type().equals("new-best") && !e.type().equals("trial-step"))
                            .map(EventStream.Event::type).toList();
                    if (t.finishedAt().isAfter(connected)) {
                        // the epoch a trial of server A reported reaches B's stream, before its final event
                        List<String> withSteps = events.stream().filter(e -> e.number() == t.number()
                                && !e.type().equals("new-best")).map(EventStream.Event::type).toList();
                        int step = withSteps.indexOf("trial-step");
                        assertTrue(step >= 0 && step < withSteps.indexOf("trial-finished"),
                                "trial " + t.number() + ": " + withSteps);
                    }
                    assertTrue(own.size() <= 2 && own.stream().distinct().count() == own.size(),
                            "trial " + t.number() + " once per transition: " + own);
                    if (t.startedAt().isAfter(connected)) {
                        assertEquals("trial-started", own.isEmpty() ? null : own.get(0), "trial " + t.number());
                    }
                    if (t.finishedAt().isAfter(connected)) {
                        assertEquals("trial-finished", own.isEmpty() ? null : own.get(own.size() - 1),
                                "trial " + t.number() + ": " + own);
                    }
                }
                List<EventStream.Event> best = events.stream().filter(e -> e.type().equals("new-best")).toList();
                assertEquals(winner.number(), best.get(best.size() - 1).number(), describe(best));
                assertEquals(best.size(), best.stream().map(EventStream.Event::number).distinct().count());
                assertNotNull(winner.value());
                System.out.printf("events across servers: %s on server B for %d trials run on server A;"
                        + " finish-to-event delay on B: %s%n", events.stream().collect(Collectors.groupingBy(
                                EventStream.Event::type, java.util.TreeMap::new, Collectors.counting())), TRIALS,
                        delays(events, trials));
            }
        }
    }

    /** Median and largest time from a trial's stored finish to its final event's arrival, in ms. */
    static String delays(List<EventStream.Event> events, List<TrialSnapshot> trials) {
        List<Long> ms = new java.util.ArrayList<>();
        for (EventStream.Event e : events) {
            if (FINAL.contains(e.type())) {
                trials.stream().filter(t -> t.number() == e.number()).findFirst().ifPresent(t -> ms.add(
                        Duration.between(t.finishedAt(), e.received()).toMillis()));
            }
        }
        java.util.Collections.sort(ms);
        return ms.isEmpty() ? "none" : "median " + ms.get(ms.size() / 2) + " ms, max " + ms.get(ms.size() - 1) + " ms";
    }

    private static boolean has(List<EventStream.Event> events, String type, int number, String state) {
        return events.stream().anyMatch(e -> e.type().equals(type) && e.number() == number
                && e.data().path("data").path("state").asText().equals(state));
    }

    private static String logs(ServerNode node) {
        try {
            return node.log();
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String describe(List<EventStream.Event> events) {
        return events.stream().map(e -> e.type() + " #" + e.number() + " " + e.data().path("data"))
                .collect(Collectors.joining("\n  ", "events:\n  ", ""));
    }
}
