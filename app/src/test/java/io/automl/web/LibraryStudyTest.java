package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialStore;
import io.automl.engine.api.SpaceBuilder;
import io.automl.engine.api.Study;
import io.automl.results.StoreFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study built in Java code (its objective is a lambda in that program) shares the store with a server: the
 * server lists it, never runs its trials (not even when the program died leaving it RUNNING), refuses to resume
 * it, and refuses library spaces submitted over HTTP, naming the field.
 */
class LibraryStudyTest {
    @TempDir
    Path tmp;

    @Test
    void aServerNeverRunsAStudyWhoseObjectiveLivesInAnotherProgram() throws Exception {
        try (TrialStore store = StoreFactory.h2(tmp.resolve("data"))) {
            Study study = Study.builder(SpaceBuilder.named("in-code").floatParam("x", -1, 1).sampler("random", 1)
                    .build()).store(store).build();
            study.optimize(t -> t.config().getDouble("x") * t.config().getDouble("x"), 3);
            // the program dies mid-study: the study stays RUNNING in the shared store
            StudyRecord record = store.findStudy("in-code").orElseThrow();
            store.setStudyState(record.id(), StudyState.RUNNING);
        }
        try (TestServer server = new TestServer(tmp, "127.0.0.1")) {
            Thread.sleep(2_000); // a server resumes the studies it finds RUNNING at start-up
            JsonNode listed = server.tree(server.get("/api/studies/in-code"));
            assertEquals("RUNNING", listed.path("state").asText(), listed.toString());
            assertEquals(3, listed.path("finished").asInt(), listed.toString());
            assertEquals(0, listed.path("counts").path("failed").asInt(), "no trial was attempted: " + listed);
            assertEquals(0, listed.path("counts").path("running").asInt(), listed.toString());

            HttpResponse<String> resume = server.post("/api/studies/in-code/resume", null);
            assertEquals(409, resume.statusCode(), resume.body());
            assertTrue(resume.body().contains("library evaluator"), resume.body());

            String library = "{\"name\": \"from-http\", \"objective\": {\"metric\": \"loss\", \"direction\": \"minimize\"},"
                    + " \"evaluator\": {\"type\": \"library\"}, \"params\": {\"x\": {\"type\": \"float\", \"low\": 0,"
                    + " \"high\": 1}}}";
            HttpResponse<String> created = server.post("/api/studies", library);
            assertEquals(400, created.statusCode(), created.body());
            JsonNode error = server.tree(created).path("errors").path(0);
            assertEquals("/evaluator/type", error.path("pointer").asText(), created.body());
            assertEquals("library", error.path("value").asText(), created.body());
            assertTrue(server.services.store().findStudy("from-http").isEmpty(), "nothing stored");
        }
    }
}
