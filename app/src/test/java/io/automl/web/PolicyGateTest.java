package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.app.StoreLocation;
import io.automl.cli.Main;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.schedule.Schedules;
import io.automl.schedule.ScheduleSettings;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.policy.Policy;
import io.automl.worker.WorkerSupervisor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's policy holds on every path that parses, resumes or runs a space, through real HTTP, a real H2
 * file, real worker processes and real programs: a command space stored by the operator's own command line (an
 * interrupted {@code automl run}, an {@code automl schedule}) never runs on a server started without
 * {@code --allow-commands} (a marker file its program would write stays absent), its study shows why, the worker API
 * creates and restarts no study, and no answer quotes a file outside the data folders or the server's token.
 */
class PolicyGateTest {
    private static final String TOKEN = "policy-gate-token-7c41e0d2";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path root;

    @Test
    void anInterruptedCommandStudyIsRefusedAtStartAndOnResumeAndRunsOnceAllowed() throws Exception {
        Path marker = root.resolve("ran");
        StudyRecord stored = leftRunningByTheCommandLine("interrupted", marker);
        try (Server s = new Server(false, Optional.empty())) {
            JsonNode study = s.await("/api/studies/interrupted", n -> n.path("state").asText().equals("FAILED"));
            assertEquals("/evaluator/type: " + Policy.COMMANDS_REFUSED, study.path("reason").asText(), study.toString());
            HttpResponse<String> resume = s.send("POST", "/api/studies/interrupted/resume", null);
            assertEquals(403, resume.statusCode(), resume.body());
            assertTrue(resume.body().contains("--allow-commands"), resume.body());
            assertTrue(s.tree(s.send("GET", "/api/studies", null)).path("studies").get(0).path("reason").asText()
                    .contains("--allow-commands"));
            Thread.sleep(1500);
            assertFalse(Files.exists(marker), "a server without --allow-commands ran the program");
            StudyRecord now = s.services.store().study(stored.id()).orElseThrow();
            assertEquals(StudyState.FAILED, now.state());
        }
        try (Server allowed = new Server(true, Optional.empty())) {
            assertEquals(202, allowed.send("POST", "/api/studies/interrupted/resume", null).statusCode());
            JsonNode done = allowed.await("/api/studies/interrupted", n -> n.path("state").asText().equals("COMPLETE"));
            assertFalse(done.has("reason"), done.toString());
            assertTrue(Files.exists(marker), "the program runs where commands are allowed");
        }
    }

    @Test
    void workerProcessesDoNotLeaveARefusedStudyRunning() throws Exception {
        Path marker = root.resolve("ran");
        leftRunningByTheCommandLine("in-workers", marker);
        Path logs = Files.createDirectories(root.resolve("logs"));
        try (Server s = new Server(false, Optional.of(WorkerSupervisor.Settings.local(Main.class.getName(), 1, Duration.ofSeconds(6),
                logs)))) {
            JsonNode study = s.await("/api/studies/in-workers", n -> n.path("state").asText().equals("FAILED"));
            assertEquals("/evaluator/type: " + Policy.COMMANDS_REFUSED, study.path("reason").asText());
            assertEquals(403, s.send("POST", "/api/studies/in-workers/resume", null).statusCode());
            Thread.sleep(3000); // the worker process polls for RUNNING studies every second
            assertFalse(Files.exists(marker), "a worker of a server without --allow-commands ran the program");
            assertEquals("FAILED", s.tree(s.send("GET", "/api/studies/in-workers", null)).path("state").asText());
        }
    }

    @Test
    void aScheduledCommandSpaceFiresWithoutRunningAndItsStudyShowsWhy() throws Exception {
        Path marker = root.resolve("ran");
        try (Services cli = Services.open(new DataDirectory(root.resolve("data")));
                Schedules schedules = Schedules.open(cli.store(), cli.scheduledSearch(), ScheduleSettings.defaults())) {
            schedules.create("nightly", commandSpace("nightly", marker).toString(), root, "0 0 3 * * ?", 0, 0.0);
        }
        try (Server s = new Server(false, Optional.empty())) {
            assertEquals(202, s.send("POST", "/api/schedules/nightly/run", null).statusCode());
            JsonNode list = s.await("/api/studies", n -> n.path("studies").size() == 1
                    && n.path("studies").get(0).path("state").asText().equals("FAILED"));
            JsonNode study = list.path("studies").get(0);
            assertTrue(study.path("name").asText().startsWith("nightly@"), study.toString());
            assertEquals("/evaluator/type: " + Policy.COMMANDS_REFUSED, study.path("reason").asText());
            assertEquals(1, s.tree(s.send("GET", "/api/schedules/nightly/history", null)).path("runs").size());
            Thread.sleep(1000);
            assertFalse(Files.exists(marker), "a scheduled fire ran the program on a server without --allow-commands");
        }
    }

    @Test
    void theWorkerApiCreatesNoStudyAndRestartsNone() throws Exception {
        leftRunningByTheCommandLine("stopped", root.resolve("ran"));
        try (Server s = new Server(false, Optional.empty())) {
            s.await("/api/studies/stopped", n -> n.path("state").asText().equals("FAILED"));
            ObjectNode create = json.createObjectNode().put("name", "smuggled").put("spaceText",
                    commandSpace("smuggled", root.resolve("ran")).toString()).put("baseDir", "/")
                    .put("direction", "MAXIMIZE");
            HttpResponse<String> created = s.send("POST", "/api/worker/studies", create.toString());
            assertEquals(404, created.statusCode(), created.body());
            assertTrue(s.services.store().findStudy("smuggled").isEmpty());
            long id = s.services.store().findStudy("stopped").orElseThrow().id();
            HttpResponse<String> restart = s.send("PUT", "/api/worker/studies/" + id + "/state", "{\"state\":\"RUNNING\"}");
            assertEquals(409, restart.statusCode(), restart.body());
            assertEquals(StudyState.FAILED, s.services.store().study(id).orElseThrow().state());
        }
    }

    @Test
    void pathsOutsideTheDataFoldersAreRefusedBeforeAnyFileIsReadWhetherOrNotTheyExist() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.csv"), "SECRET-FIRST-LINE,b\n1,2\n");
        Files.createDirectories(root.resolve("examples"));
        Path link = Files.createSymbolicLink(root.resolve("examples").resolve("link.csv"), secret);
        List<String> paths = new ArrayList<>(List.of("/proc/self/cmdline", "/proc/self/environ", secret.toString(),
                outside.resolve("missing.csv").toString(), "/no/such/folder/data.csv", link.toString(),
                "../outside/secret.csv"));
        if (Files.exists(Path.of("/etc/shadow"))) {
            paths.add("/etc/shadow");
        }
        try (Server s = new Server(false, Optional.empty())) {
            String expected = null;
            for (String path : paths) {
                ObjectNode space = dl4jSpace("probe", path);
                for (String route : List.of("/api/spaces/validate", "/api/studies")) {
                    HttpResponse<String> r = s.send("POST", route, space.toString());
                    assertEquals(400, r.statusCode(), path + ": " + r.body());
                    for (String leak : List.of("SECRET", "surefire", "PATH=", "root:")) {
                        assertFalse(r.body().contains(leak), path + " leaked '" + leak + "': " + r.body());
                    }
                    JsonNode errors = s.tree(r).path("errors");
                    assertEquals(1, errors.size(), r.body());
                    assertEquals("/dataset/path", errors.get(0).path("pointer").asText(), r.body());
                    String message = errors.get(0).path("message").asText();
                    expected = expected == null ? message : expected;
                    assertEquals(expected, message, "the same answer for every path outside: " + path);
                }
            }
            assertTrue(expected.contains("data folders"), expected);
            assertEquals(0, s.tree(s.send("GET", "/api/studies", null)).path("studies").size());
        }
    }

    /** What an {@code automl run} killed mid-run leaves: the study RUNNING with a trial in flight. */
    private StudyRecord leftRunningByTheCommandLine(String name, Path marker) {
        try (Services cli = Services.open(new DataDirectory(root.resolve("data")))) {
            StudyRecord s = cli.store().createStudy(name, commandSpace(name, marker).toString(), root.toString(),
                    Direction.MAXIMIZE);
            cli.store().startTrial(s.id(), 2, new Config(Map.of("x", 0.5)), 1, "run-killed", Duration.ofSeconds(1));
            return s;
        }
    }

    private ObjectNode commandSpace(String name, Path marker) {
        ObjectNode s = json.createObjectNode();
        s.put("name", name);
        s.putObject("objective").put("metric", "value").put("direction", "maximize");
        s.putObject("budget").put("trials", 2).put("epochs", 1).put("minutes", 5).put("parallelism", 1);
        s.putObject("sampler").put("type", "random").put("seed", 3);
        s.putObject("pruner").put("type", "none");
        s.putObject("params").putObject("x").put("type", "float").put("low", 0.0).put("high", 1.0);
        ObjectNode evaluator = s.putObject("evaluator").put("type", "command").put("timeoutSeconds", 30);
        List.of("sh", "-c", "touch '" + marker + "'; echo '{\"value\": 1}'").forEach(evaluator.putArray("command")::add);
        return s;
    }

    private ObjectNode dl4jSpace(String name, String path) {
        ObjectNode s = json.createObjectNode();
        s.put("name", name);
        s.putObject("objective").put("metric", "accuracy").put("direction", "maximize");
        s.putObject("dataset").put("type", "csv").put("path", path).put("label", "nope");
        s.putObject("budget").put("trials", 1).put("epochs", 1);
        s.putObject("params").putObject("learningRate").put("type", "float").put("low", 0.001).put("high", 0.1);
        ObjectNode arch = s.putObject("architecture").put("type", "feedforward");
        arch.putArray("blocks").addObject().putObject("layer").put("type", "dense").put("units", 4);
        arch.putObject("output").put("activation", "softmax").put("loss", "mcxent");
        return s;
    }

    /** A real server on {@code root/data}, data folders {@code root/data} and {@code root/examples}. */
    private final class Server implements AutoCloseable {
        final Services services;
        final io.automl.app.Server server;

        Server(boolean allowCommands, Optional<WorkerSupervisor.Settings> workers) throws IOException {
            Path examples = Files.createDirectories(root.resolve("examples"));
            DataDirectory data = new DataDirectory(root.resolve("data"));
            WebSettings settings = new WebSettings("127.0.0.1", 0, TOKEN, allowCommands,
                    List.of(data.path(), examples), examples, WebSettings.DEFAULT_MAX_BODY);
            this.services = Services.open(data, StoreLocation.embeddedH2(), settings.policy());
            this.server = new io.automl.app.Server(services, settings, workers).start();
        }

        /** Sends a request with the token; every answer is below 500 and never contains the token. */
        HttpResponse<String> send(String method, String path, String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() < 500, method + " " + path + ": " + r.statusCode() + " " + r.body());
                assertFalse(r.body().contains(TOKEN), method + " " + path + " answered with the token");
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        JsonNode tree(HttpResponse<String> r) {
            try {
                return json.readTree(r.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + r.body(), e);
            }
        }

        JsonNode await(String path, Predicate<JsonNode> done) throws InterruptedException {
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            JsonNode last = null;
            while (System.nanoTime() < until) {
                last = tree(send("GET", path, null));
                if (done.test(last)) {
                    return last;
                }
                Thread.sleep(200);
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
}
