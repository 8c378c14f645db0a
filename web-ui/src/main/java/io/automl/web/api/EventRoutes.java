package io.automl.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialStore;
import io.automl.web.jobs.EventHub;
import io.automl.web.jobs.StoreWatcher;
import io.automl.web.jobs.StudyEvent;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code GET /api/studies/{name}/events}: a server-sent event stream of the study's live events when the
 * client accepts {@code text/event-stream} (each event named by its type, data the event as JSON, id its
 * sequence number; a comment every 15 s keeps the connection open), otherwise the polling fallback: a JSON
 * list of the kept events after {@code ?after=SEQ}. A stream opened with {@code ?after=SEQ} or a
 * {@code Last-Event-ID} header (as a reconnecting client sends) first replays the kept events after that
 * sequence number, then goes on live without a gap or a repeat. Either way the study is watched
 * ({@link StoreWatcher}), so that transitions made outside this server reach the client too.
 * Thread-safe; {@link #close} ends the streams.
 */
public final class EventRoutes implements AutoCloseable {
    private final TrialStore store;
    private final EventHub hub;
    private final StoreWatcher watcher;
    private final ObjectMapper json;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-keepalive");
        t.setDaemon(true);
        return t;
    });

    EventRoutes(TrialStore store, EventHub hub, StoreWatcher watcher, ObjectMapper json) {
        this.store = Objects.requireNonNull(store, "store");
        this.hub = Objects.requireNonNull(hub, "hub");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.json = Objects.requireNonNull(json, "json");
        pings.scheduleAtFixedRate(this::ping, 15, 15, TimeUnit.SECONDS);
    }

    void register(Javalin app) {
        app.get("/api/studies/{name}/events", this::events);
    }

    private void events(Context ctx) throws Exception {
        StudyRecord study = StudyRoutes.find(store, ctx);
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/event-stream")) {
            long after = replayFrom(ctx);
            new SseHandler(client -> stream(study, client, after)).handle(ctx);
            return;
        }
        long after = TrialRoutes.intParam(ctx, "after", 0, 0, Integer.MAX_VALUE);
        watcher.touch(study);
        ctx.json(Map.of("study", study.name(), "last", hub.lastSeq(), "events", hub.since(study.name(), after)));
    }

    /** The sequence number after which a stream replays kept events: {@code after}, else Last-Event-ID, else none. */
    private static long replayFrom(Context ctx) {
        if (ctx.queryParam("after") != null) {
            return TrialRoutes.intParam(ctx, "after", 0, 0, Integer.MAX_VALUE);
        }
        String last = ctx.header("Last-Event-ID");
        if (last == null || last.isBlank()) {
            return -1;
        }
        try {
            return Math.max(0, Long.parseLong(last.trim()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Last-Event-ID must be an event's sequence number, got '" + last + "'");
        }
    }

    /**
     * Subscribes {@code client}, then (with {@code after >= 0}) replays the kept events after {@code after}
     * while holding the client's lock, so that live events wait; a live event that was also replayed (its
     * sequence number is at most the replay's last) is skipped.
     */
    private void stream(StudyRecord study, SseClient client, long after) {
        client.keepAlive();
        clients.add(client);
        StoreWatcher.Watch watch = watcher.watch(study);
        long[] replayed = {-1};
        Consumer<StudyEvent> send = e -> {
            synchronized (client) {
                if (e.seq() > replayed[0]) {
                    send(client, e);
                }
            }
        };
        client.onClose(() -> {
            hub.unsubscribe(study.name(), send);
            clients.remove(client);
            watch.close();
        });
        synchronized (client) {
            hub.subscribe(study.name(), send);
            long last = hub.lastSeq();
            if (after >= 0) {
                for (StudyEvent e : hub.since(study.name(), after)) {
                    send(client, e);
                    replayed[0] = Math.max(replayed[0], e.seq());
                }
                replayed[0] = Math.max(replayed[0], last);
            }
            client.sendComment("connected; last event " + last);
        }
    }

    private void send(SseClient client, StudyEvent e) {
        if (client.terminated()) {
            throw new IllegalStateException("client gone");
        }
        String data;
        try {
            data = json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        synchronized (client) {
            client.sendEvent(e.type(), data, Long.toString(e.seq()));
        }
    }

    private void ping() {
        for (SseClient c : clients) {
            synchronized (c) {
                if (c.terminated()) {
                    clients.remove(c);
                } else {
                    c.sendComment("keep-alive");
                }
            }
        }
    }

    @Override
    public void close() {
        pings.shutdownNow();
        for (SseClient c : clients) {
            synchronized (c) {
                c.close();
            }
        }
        clients.clear();
    }
}
