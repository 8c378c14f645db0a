package io.automl.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.StaleTrialException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Calls the server's worker API with the bearer token and turns answers into values or exceptions: 409
 * "stale" into {@link StaleTrialException}, 409 otherwise into {@link IllegalStateException}, 400 into
 * {@link IllegalArgumentException}, other errors into {@link IllegalStateException} with the server's
 * message, a failed connection into {@link Unreachable}. An interrupted call restores the interrupt flag
 * and throws {@link Interrupted}. Thread-safe (one shared {@link HttpClient}).
 */
public final class WorkerHttp {
    /** The server could not be reached (connection refused, reset or timed out). */
    public static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The calling thread was interrupted during a call; its interrupt flag is set again. */
    public static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BYTES_TIMEOUT = Duration.ofMinutes(10);
    private final URI base;
    private final String token;
    private final ObjectMapper json;
    private final HttpClient client;

    /** A client for the server at {@code base} (such as {@code http://host:7070}) using {@code token}. */
    public WorkerHttp(URI base, String token, ObjectMapper json) {
        Objects.requireNonNull(base, "base");
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.token = Objects.requireNonNull(token, "token");
        this.json = Objects.requireNonNull(json, "json");
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** GET {@code path} answering JSON. */
    public JsonNode get(String path) {
        return json("GET", path, null);
    }

    /** {@code method} {@code path} with a JSON body (or none), answering JSON (or null for 204). */
    public JsonNode json(String method, String path, JsonNode body) {
        byte[] bytes;
        try {
            bytes = body == null ? null : json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request body: " + e.getMessage(), e);
        }
        HttpRequest.Builder r = request(path, CALL_TIMEOUT).method(method, bytes == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (bytes != null) {
            r.header("Content-Type", "application/json");
        }
        HttpResponse<byte[]> answer = send(r.build(), method + " " + path);
        check(answer, method + " " + path);
        if (answer.statusCode() == 204 || answer.body().length == 0) {
            return json.nullNode();
        }
        return parse(answer.body(), method + " " + path);
    }

    /** PUT raw bytes to {@code path}. */
    public void putBytes(String path, byte[] data) {
        HttpRequest r = request(path, BYTES_TIMEOUT).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(data)).build();
        check(send(r, "PUT " + path), "PUT " + path);
    }

    /** GET raw bytes from {@code path}; empty on 404. */
    public Optional<byte[]> getBytes(String path) {
        HttpResponse<byte[]> answer = send(request(path, BYTES_TIMEOUT).GET().build(), "GET " + path);
        if (answer.statusCode() == 404) {
            return Optional.empty();
        }
        check(answer, "GET " + path);
        return Optional.of(answer.body());
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Authorization",
                "Bearer " + token);
    }

    private HttpResponse<byte[]> send(HttpRequest request, String what) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted("interrupted during " + what, e);
        } catch (IOException e) {
            throw new Unreachable("server " + base + " unreachable during " + what + ": " + e, e);
        }
    }

    private void check(HttpResponse<byte[]> answer, String what) {
        int status = answer.statusCode();
        if (status < 400) {
            return;
        }
        String kind = "";
        String message = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            JsonNode n = json.readTree(answer.body());
            if (n != null && n.has("message")) {
                kind = n.path("kind").asText("");
                message = n.get("message").asText();
            }
        } catch (IOException notJson) {
            message = message + " (" + notJson.getMessage() + ")";
        }
        if (status == 409 && kind.equals("stale")) {
            throw new StaleTrialException(message);
        }
        if (status == 400) {
            throw new IllegalArgumentException(message);
        }
        throw new IllegalStateException(what + " answered " + status + ": " + message);
    }

    private JsonNode parse(byte[] body, String what) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(what + " answered invalid JSON: " + e.getMessage(), e);
        }
    }
}
