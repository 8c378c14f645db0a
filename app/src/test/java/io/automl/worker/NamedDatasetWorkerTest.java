package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.app.DataDirectory;
import io.automl.app.Server;
import io.automl.app.Services;
import io.automl.app.StoreLocation;
import io.automl.cli.Main;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.web.WebSettings;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study on a named data set ({@code ref}) trained by a supervised worker process, which resolves the name too. */
class NamedDatasetWorkerTest {
    private final ProcessFixture fx = new ProcessFixture();

    @TempDir
    Path root;

    @Test
    void aWorkerProcessTrainsOnANamedDataSet() throws Exception {
        Path examples = root.resolve("examples");
        ProcessFixture.copyIris(examples);
        DataDirectory data = new DataDirectory(root.resolve("data"));
        WebSettings settings = new WebSettings("127.0.0.1", 0, ProcessFixture.TOKEN, false,
                List.of(data.path(), examples), examples, WebSettings.DEFAULT_MAX_BODY);
        try (Services services = Services.open(data, StoreLocation.embeddedH2(), settings.policy())) {
            services.datasets().add("flowers", Files.newInputStream(examples.resolve("datasets/iris.csv")));
            Server server = new Server(services, settings, Optional.of(WorkerSupervisor.Settings.local(
                    Main.class.getName(), 1, Duration.ofSeconds(10), root.resolve("logs")))).start();
            try {
                ObjectNode space = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(fx.irisSpace("iris-named", 2, 5));
                space.putObject("dataset").put("ref", "flowers").put("label", "label");
                HttpResponse<String> created = fx.post(server.url(), "/api/studies", space.toString());
                assertEquals(201, created.statusCode(), created.body());
                RemoteTrialStore store = fx.store(server.url());
                StudyRecord s = store.findStudy("iris-named").orElseThrow();
                assertTrue(ProcessFixture.await(Duration.ofMinutes(3), () -> ProcessFixture.complete(store, s)),
                        () -> "study did not complete: " + ProcessFixture.describe(store, s));
                StudyCounts counts = store.counts(s.id());
                assertEquals(2, counts.complete(), () -> ProcessFixture.describe(store, s));
                assertTrue(store.trials(s.id()).stream().allMatch(t -> "flowers".equals(t.attributes().get("data_name"))
                        && t.worker() != null), () -> ProcessFixture.describe(store, s));
            } finally {
                server.close();
            }
        }
        assertEquals(0, ProcessFixture.killDescendants(), "worker processes outlived the server");
    }
}
