package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may read: every {@code /api} route but {@code /api/health} needs the token unless the server runs with open
 * reads (loopback only), the worker API always; and every request, pages included, must name this server in its
 * {@code Host} header. Real servers over one data directory with a real one-trial iris study and a schedule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest {
    static final List<String> PUBLIC = List.of("automl.example.com", "proxy.example:8443");
    private final ObjectMapper json = new ObjectMapper();
    private Path root;
    private int best;

    @BeforeAll
    void trainOneTrial(@TempDir Path dir) throws Exception {
        root = dir;
        try (TestServer s = new TestServer(root, "127.0.0.1")) {
            String one = s.space("iris-quick.json").replace("\"trials\": 6", "\"trials\": 1");
            assertEquals(201, s.post("/api/studies", one).statusCode());
            JsonNode done = s.await("/api/studies/iris-quick", n -> n.path("state").asText().equals("COMPLETE")
                    && !n.path("active").asBoolean(), 120);
            best = done.path("best").path("number").asInt();
            String schedule = json.writeValueAsString(Map.of("name", "nightly", "space", json.readTree(one),
                    "cron", "0 0 2 * * ?"));
            assertEquals(201, s.post("/api/schedules", schedule).statusCode());
            s.services.datasets().add("flowers", java.nio.file.Files.newInputStream(
                    s.examples.resolve("datasets/iris.csv")));
        }
    }

    /**
     * Every GET route of the API but health and the worker API, filled in with the study, trial, schedule and named
     * data set.
     */
    private List<String> readPaths(TestServer s) {
        List<String> paths = new ArrayList<>();
        for (WebServer.Route r : s.server.web().routes()) {
            if (r.method().equals("GET") && r.path().startsWith("/api/") && !r.path().equals("/api/health")
                    && !r.path().startsWith("/api/worker/")) {
                String path = r.path().replace("{number}", String.valueOf(best));
                path = path.startsWith("/api/schedules/") ? path.replace("{name}", "nightly")
                        : path.startsWith("/api/datasets/") ? path.replace("{name}", "flowers")
                        : path.replace("{name}", "iris-quick");
                paths.add(path.endsWith("/events") ? path + "?after=0" : path);
            }
        }
        assertTrue(paths.size() >= 14, paths.toString());
        assertTrue(paths.containsAll(List.of("/api/studies", "/api/studies/iris-quick/space",
                "/api/studies/iris-quick/trials", "/api/studies/iris-quick/export",
                "/api/studies/iris-quick/events?after=0", "/api/schedules")), paths.toString());
        return paths;
    }

    private int sse(TestServer s, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + "/api/studies/iris-quick/events"))
                .header("Accept", "text/event-stream");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> r = s.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        return r.statusCode();
    }

    @Test
    void everyReadNeedsTheTokenByDefaultButHealth() throws Exception {
        try (TestServer s = new TestServer(root, "127.0.0.1")) {
            for (String path : readPaths(s)) {
                HttpResponse<String> anonymous = s.anonymous(path);
                assertEquals(401, anonymous.statusCode(), path + ": " + anonymous.body());
                assertEquals(401, s.tree(anonymous).path("status").asInt(), path);
                assertEquals(401, s.send("GET", path, null, "wrong").statusCode(), path);
                HttpResponse<String> withToken = s.get(path);
                assertEquals(200, withToken.statusCode(), path + ": " + withToken.body());
            }
            assertEquals(401, s.send("HEAD", "/api/studies", null, null).statusCode());
            assertEquals(401, sse(s, null));
            assertEquals(200, sse(s, TestServer.TOKEN));
            HttpResponse<String> health = s.anonymous("/api/health");
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("ok", s.tree(health).path("status").asText());
            assertEquals(200, s.anonymous("/").statusCode(), "the page itself loads, to ask for the token");

            JsonNode paths = s.tree(s.get("/api/openapi.json")).path("paths");
            List<String> open = new ArrayList<>();
            paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
                if (!op.getValue().has("security") || !op.getValue().path("responses").has("401")) {
                    open.add(op.getKey() + " " + p.getKey());
                }
            }));
            assertEquals(List.of("get /api/health"), open, "documented as needing no token");
        }
    }

    @Test
    void openReadsLetReadsThroughButNotWritesNorTheWorkerApi() throws Exception {
        try (TestServer s = new TestServer(root, "127.0.0.1", true, List.of())) {
            for (String path : readPaths(s)) {
                HttpResponse<String> anonymous = s.anonymous(path);
                assertEquals(200, anonymous.statusCode(), path + ": " + anonymous.body());
            }
            assertEquals(200, sse(s, null));
            assertEquals(200, s.anonymous("/api/health").statusCode());
            assertEquals(401, s.anonymous("/api/worker/studies").statusCode());
            assertEquals(200, s.get("/api/worker/studies").statusCode());
            assertEquals(401, s.send("POST", "/api/studies/iris-quick/resume", null, null).statusCode());
            assertEquals(401, s.send("DELETE", "/api/schedules/nightly", null, null).statusCode());
        }
    }

    @Test
    void openReadsNeedALoopbackBind() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WebSettings("0.0.0.0", 0,
                "t", false, List.of(), root, WebSettings.DEFAULT_MAX_BODY, true, List.of()));
        assertTrue(e.getMessage().contains("openReads") && e.getMessage().contains("0.0.0.0"), e.getMessage());
        IllegalArgumentException host = assertThrows(IllegalArgumentException.class, () -> new WebSettings(
                "127.0.0.1", 0, "t", false, List.of(), root, 1, false, List.of("http://evil.example/")));
        assertTrue(host.getMessage().contains("publicHosts") && host.getMessage().contains("http://evil.example/"),
                host.getMessage());
        WebSettings seven = new WebSettings("127.0.0.1", 0, "t", false, List.of(), root, 1);
        assertFalse(seven.openReads());
        assertEquals(List.of(), seven.publicHosts());
    }

    @Test
    void requestsNamingAnotherHostAre421PagesIncluded() throws Exception {
        try (TestServer s = new TestServer(root, "127.0.0.1", false, PUBLIC)) {
            int port = s.server.port();
            for (String path : List.of("/api/studies", "/", "/js/app.js", "/api/health")) {
                RawHttp.Response evil = RawHttp.get(port, "evil.example:" + port, path, TestServer.TOKEN);
                assertEquals(421, evil.status(), path + ": " + evil.body());
                JsonNode body = json.readTree(evil.body());
                assertEquals(421, body.path("status").asInt(), evil.body());
                assertTrue(body.path("message").asText().contains("evil.example:" + port), evil.body());
            }
            assertEquals(421, RawHttp.get(port, "evil.example", "/", null).status());
            assertEquals(421, RawHttp.get(port, "localhost.evil.example", "/", null).status());
            RawHttp.Response none = RawHttp.get(port, null, "/", null);
            assertEquals(421, none.status(), none.body());
            assertTrue(none.body().contains("no Host header"), none.body());

            for (String host : List.of("127.0.0.1:" + port, "LocalHost:" + port, "localhost", "[::1]:" + port,
                    "automl.example.com", "Automl.Example.COM:" + port, "proxy.example:8443")) {
                RawHttp.Response ok = RawHttp.get(port, host, "/api/studies", TestServer.TOKEN);
                assertEquals(200, ok.status(), host + ": " + ok.body());
                assertTrue(ok.body().contains("iris-quick"), ok.body());
                assertEquals(200, RawHttp.get(port, host, "/", null).status(), host);
            }
            for (String host : List.of("proxy.example:8444", "proxy.example", "automl.example.com.evil.example")) {
                assertEquals(421, RawHttp.get(port, host, "/api/studies", TestServer.TOKEN).status(), host);
            }
            assertEquals(401, RawHttp.get(port, "automl.example.com", "/api/studies", null).status());
        }
    }
}
