package io.automl.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.app.DataDirectory;
import io.automl.app.Server;
import io.automl.app.Services;
import io.automl.app.StoreLocation;
import io.automl.cli.Main;
import io.automl.space.policy.Policy;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.web.WebSettings;
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
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Shared pieces of the worker-process tests: the iris space, HTTP calls with the token, waiting. */
final class ProcessFixture {
    static final String TOKEN = "process-worker-token";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Copies the iris test space's data set into {@code examples}. */
    static void copyIris(Path examples) throws IOException {
        Files.createDirectories(examples.resolve("datasets"));
        try (InputStream in = ProcessFixture.class.getClassLoader().getResourceAsStream("spaces/datasets/iris.csv")) {
            Files.copy(in, examples.resolve("datasets/iris.csv"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The iris-quick space renamed, with {@code trials} trials of {@code epochs} epochs each. */
    String irisSpace(String name, int trials, int epochs) throws IOException {
        ObjectNode space;
        try (InputStream in = ProcessFixture.class.getClassLoader().getResourceAsStream("spaces/iris-quick.json")) {
            space = (ObjectNode) json.readTree(in);
        }
        space.put("name", name);
        ObjectNode budget = (ObjectNode) space.get("budget");
        budget.put("trials", trials);
        budget.put("epochs", epochs);
        budget.put("minutes", 10);
        return json.writeValueAsString(space);
    }

    /** A remote store on {@code base}. */
    RemoteTrialStore store(String base) {
        return new RemoteTrialStore(new WorkerHttp(URI.create(base), TOKEN, json), new Wire(json));
    }

    HttpResponse<String> post(String base, String path, String body) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A started server on a random loopback port over {@code services}, serving the iris example from
     * {@code root/examples}, whose trials run in two supervised worker processes with {@code lease} (their logs in
     * {@code root/logs}).
     */
    static Server twoWorkerServer(Services services, Path root, Duration lease) throws IOException {
        Path examples = root.resolve("examples");
        copyIris(examples);
        return new Server(services, new WebSettings("127.0.0.1", 0, TOKEN, false, List.of(root), examples,
                WebSettings.DEFAULT_MAX_BODY),
                Optional.of(WorkerSupervisor.Settings.local(Main.class.getName(), 2, lease, root.resolve("logs"))))
                .start();
    }

    /** A started server on a random loopback port over {@code services}, with no workers of its own. */
    static Server plainServer(Services services, Path root) {
        return new Server(services, new WebSettings("127.0.0.1", 0, TOKEN, false, List.of(root), root,
                WebSettings.DEFAULT_MAX_BODY), Optional.empty()).start();
    }

    /**
     * The services of a server of this fixture on {@code root/data}: the store, with the server's policy (no
     * commands, data below {@code root}).
     */
    static Services services(Path root) {
        return Services.open(new DataDirectory(root.resolve("data")), StoreLocation.embeddedH2(),
                Policy.server(false, List.of(root)));
    }

    /** Waits up to {@code limit} for {@code condition}; false when it never held. */
    static boolean await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (WorkerHttp.Unreachable notYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        return false;
    }

    static List<TrialSnapshot> running(RemoteTrialStore store, StudyRecord s) {
        return store.trialsSince(s.id(), 0, List.of(TrialState.RUNNING));
    }

    static boolean complete(RemoteTrialStore store, StudyRecord s) {
        return store.study(s.id()).orElseThrow().state() == StudyState.COMPLETE;
    }

    static String describe(RemoteTrialStore store, StudyRecord s) {
        StudyCounts c = store.counts(s.id());
        StringBuilder b = new StringBuilder(c.toString());
        for (TrialSnapshot t : store.trials(s.id())) {
            b.append("\n  #").append(t.number()).append(' ').append(t.state()).append(" attempt ").append(t.attempt())
                    .append(' ').append(t.worker()).append(' ').append(t.config().values())
                    .append(' ').append(t.reason() == null ? "" : t.reason());
        }
        return b.toString();
    }

    /**
     * Whether {@code t} was cancelled unrun as a concurrent twin: two processes read the same history at once and
     * proposed the same configuration (RunContext.concurrentTwin).
     */
    static boolean concurrentTwin(TrialSnapshot t) {
        return t.state() == io.automl.engine.TrialState.CANCELLED && t.reason().startsWith("not run: trial ");
    }

    /** Kills every process this JVM started that is still alive; returns how many there were. */
    static int killDescendants() {
        List<ProcessHandle> alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        return alive.size();
    }
}
