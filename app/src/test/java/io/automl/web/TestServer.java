package io.automl.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.app.DataDirectory;
import io.automl.app.Server;
import io.automl.app.Services;
import io.automl.app.StoreLocation;
import java.util.Optional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** A real server on a random port over a temporary data directory, with an examples directory of test spaces. */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789";
    final Path root;
    final Path examples;
    final Services services;
    final Server server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    TestServer(Path root, String bind) throws IOException {
        this(root, bind, false, List.of());
    }

    /** A server that lets reads through without the token when {@code openReads}, and accepts {@code publicHosts}. */
    TestServer(Path root, String bind, boolean openReads, List<String> publicHosts) throws IOException {
        this.root = root;
        this.examples = root.resolve("examples");
        Files.createDirectories(examples.resolve("datasets"));
        copy("spaces/iris-quick.json", examples.resolve("iris-quick.json"));
        copy("spaces/datasets/iris.csv", examples.resolve("datasets/iris.csv"));
        DataDirectory data = new DataDirectory(root.resolve("data"));
        WebSettings settings = new WebSettings(bind, 0, TOKEN, false, List.of(data.path(), examples), examples,
                WebSettings.DEFAULT_MAX_BODY, openReads, publicHosts);
        this.services = Services.open(data, StoreLocation.embeddedH2(), settings.policy());
        this.server = new Server(services, settings, Optional.empty()).start();
    }

    static void copy(String resource, Path to) throws IOException {
        try (InputStream in = TestServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    String space(String name) {
        try {
            return Files.readString(examples.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> send(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET with the token. */
    HttpResponse<String> get(String path) {
        return send("GET", path, null, TOKEN);
    }

    /** GET without a token. */
    HttpResponse<String> anonymous(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body, TOKEN);
    }

    JsonNode tree(HttpResponse<String> r) {
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    /** Polls {@code path} until {@code done} holds (or fails after {@code seconds}). */
    JsonNode await(String path, Predicate<JsonNode> done, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode last = null;
        while (System.nanoTime() < until) {
            last = tree(get(path));
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting on " + path + "; last: " + last);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            services.close();
        }
    }
}
