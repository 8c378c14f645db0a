package io.automl.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A client of a study's server-sent event stream over real HTTP: reads the stream on its own thread and
 * collects each event (its name and its data, the study event as JSON) as it arrives. Thread-safe.
 */
public final class EventStream implements AutoCloseable {
    /** One received event: its name ({@code event:} line), data (the {@code StudyEvent} as JSON), arrival time. */
    public record Event(String type, JsonNode data, Instant received) {
        /** The trial number of a trial or new-best event. */
        public int number() {
            return data.path("data").path("number").asInt(-1);
        }

        public int attempt() {
            return data.path("data").path("attempt").asInt(-1);
        }

        public long seq() {
            return data.path("seq").asLong();
        }
    }

    private final InputStream body;
    private final Thread reader;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Event> events = new ArrayList<>();
    private Instant connectedAt;
    private IOException failure;

    private EventStream(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code uri} with {@code Accept: text/event-stream} and the bearer {@code token}; fails unless 200. */
    public static EventStream open(HttpClient http, URI uri, String token) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).build();
        HttpResponse<InputStream> res = http.send(r, HttpResponse.BodyHandlers.ofInputStream());
        if (res.statusCode() != 200) {
            String text = new String(res.body().readAllBytes(), StandardCharsets.UTF_8);
            throw new IllegalStateException("event stream " + uri + " answered " + res.statusCode() + ": " + text);
        }
        return new EventStream(res.body());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String type = null;
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(": connected") || line.startsWith(":connected")) {
                    synchronized (this) {
                        connectedAt = Instant.now();
                        notifyAll();
                    }
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                } else if (line.isEmpty() && type != null) {
                    Event e = new Event(type, json.readTree(data.toString()), Instant.now());
                    synchronized (this) {
                        events.add(e);
                        notifyAll();
                    }
                    type = null;
                    data.setLength(0);
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                failure = e;
                notifyAll();
            }
        }
    }

    /** The events received so far, in arrival order. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** When the server's {@code connected} comment arrived (it follows any replayed events); null before. */
    public synchronized Instant connectedAt() {
        return connectedAt;
    }

    /** Waits up to {@code limit} until {@code done} holds for the events received; returns whether it did. */
    public synchronized boolean await(Duration limit, Predicate<List<Event>> done) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (!done.test(List.copyOf(events))) {
            long left = (until - System.nanoTime()) / 1_000_000;
            if (left <= 0 || failure != null) {
                return done.test(List.copyOf(events));
            }
            wait(Math.min(left, 500));
        }
        return true;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the event stream failed", e);
        }
        reader.interrupt();
    }
}
