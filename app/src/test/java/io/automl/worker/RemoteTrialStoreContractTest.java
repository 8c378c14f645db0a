package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.engine.TrialStoreContract;
import io.automl.space.Direction;
import io.automl.app.Server;
import io.automl.web.WebSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shared store contract run against {@link RemoteTrialStore} talking to a real server (real HTTP, real
 * H2 file) on a random port; plus the worker API's own rules: the token on every request, large artifacts
 * and no new trials for a cancelled study.
 */
class RemoteTrialStoreContractTest extends TrialStoreContract {
    static final String TOKEN = ProcessFixture.TOKEN;
    private Services services;
    private Server server;
    private Path root;

    @Override
    protected TrialStore newStore() throws Exception {
        root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "remote-store");
        services = ProcessFixture.services(root);
        server = ProcessFixture.plainServer(services, root);
        ObjectMapper json = new ObjectMapper();
        return new RemoteTrialStore(new WorkerHttp(URI.create(server.url()), TOKEN, json), new Wire(json));
    }

    /** Workers create no studies: the contract's studies are created in the server's own store. */
    @Override
    protected StudyRecord createStudy(String name, String spaceText, String baseDir, Direction direction) {
        return services.store().createStudy(name, spaceText, baseDir, direction);
    }

    @Override
    protected boolean deletesStudies() {
        return false;
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        services.close();
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyWorkerRequestNeedsTheTokenEvenOnLoopback() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(server.url()
                + "/api/worker/studies")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        ObjectMapper json = new ObjectMapper();
        RemoteTrialStore wrong = new RemoteTrialStore(new WorkerHttp(URI.create(server.url()), "wrong", json),
                new Wire(json));
        IllegalStateException e = assertThrows(IllegalStateException.class, wrong::studies);
        assertTrue(e.getMessage().contains("401"), e.getMessage());
    }

    @Test
    void artifactsLargerThanTheJsonLimitTravel() {
        StudyRecord s = study("big");
        TrialSnapshot t = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        byte[] model = new byte[5 * 1024 * 1024 + 7];
        new java.util.SplittableRandom(3).nextBytes(model);
        store.putArtifact(t.id(), "model", model);
        assertArrayEquals(model, store.artifact(t.id(), "model").orElseThrow());
    }

    @Test
    void cancelledStudiesHandOutNoTrialsAndStayCancelled() {
        StudyRecord s = study("stopped");
        store.enqueue(s.id(), config(1), 1);
        services.store().setStudyState(s.id(), StudyState.CANCELLED);
        assertTrue(store.claimWaiting(s.id(), "w", LEASE).isEmpty());
        assertTrue(store.startTrial(s.id(), 5, config(2), 2, "w", LEASE).isEmpty());
        assertThrows(IllegalStateException.class, () -> store.setStudyState(s.id(), StudyState.RUNNING));
        assertEquals(StudyState.CANCELLED, store.study(s.id()).orElseThrow().state());
        assertEquals(1, store.counts(s.id()).waiting());
    }
}
