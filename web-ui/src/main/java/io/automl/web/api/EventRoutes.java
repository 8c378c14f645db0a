package io.automl.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialStore;
import io.automl.web.jobs.EventHub;
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
 * list of the kept events after {@code ?after=SEQ}. Thread-safe; {@link #close} ends the streams.
 */
public final class EventRoutes implements AutoCloseable {
    private final TrialStore store;
    private final EventHub hub;
    private final ObjectMapper json;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-keepalive");
        t.setDaemon(true);
        return t;
    });

    EventRoutes(TrialStore store, EventHub hub, ObjectMapper json) {
        this.store = Objects.requireNonNull(store, "store");
        this.hub = Objects.requireNonNull(hub, "hub");
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
            new SseHandler(client -> stream(study.name(), client)).handle(ctx);
            return;
        }
        long after = Math.max(0, TrialRoutes.intParam(ctx, "after", 0, 0, Integer.MAX_VALUE));
        ctx.json(Map.of("study", study.name(), "last", hub.lastSeq(), "events", hub.since(study.name(), after)));
    }

    private void stream(String study, SseClient client) {
        client.keepAlive();
        clients.add(client);
        Consumer<StudyEvent> send = e -> send(client, e);
        client.onClose(() -> {
            hub.unsubscribe(study, send);
            clients.remove(client);
        });
        hub.subscribe(study, send);
        synchronized (client) {
            client.sendComment("connected; last event " + hub.lastSeq());
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
