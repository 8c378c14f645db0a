package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study started through the API survives a server restart: the first server is closed mid-study, a new
 * one on the same data directory resumes it, and it ends with exactly its budget of finished trials.
 */
class RestartResumeTest {
    static final int BUDGET = 10;
    @TempDir
    Path tmp;

    @Test
    void aStudyInterruptedByAServerRestartResumesAndFinishesItsBudgetExactly() throws Exception {

        int finishedBeforeRestart;
        try (TestServer first = new TestServer(tmp, "127.0.0.1")) {
            String text = first.space("iris-quick.json").replace("\"iris-quick\"", "\"restarted\"")
                    .replace("\"trials\": 6", "\"trials\": " + BUDGET);
            assertEquals(201, first.post("/api/studies", text).statusCode());
            JsonNode mid = first.await("/api/studies/restarted", n -> n.path("finished").asInt() >= 2, 120);
            finishedBeforeRestart = mid.path("finished").asInt();
            assertTrue(finishedBeforeRestart < BUDGET, "the restart must come mid-study: " + mid);
        }
        try (TestServer second = new TestServer(tmp, "127.0.0.1")) {
            StudyRecord record = second.services.store().findStudy("restarted").orElseThrow();
            int finishedAtStart = second.services.store().counts(record.id()).finished();
            assertTrue(finishedAtStart >= finishedBeforeRestart && finishedAtStart < BUDGET,
                    "the restart came mid-study: " + finishedAtStart);
            JsonNode done = second.await("/api/studies/restarted", n -> n.path("state").asText().equals("COMPLETE")
                    && !n.path("active").asBoolean(), 180);
            assertEquals(BUDGET, done.path("finished").asInt(), done.toString());
            assertEquals(0, done.path("counts").path("running").asInt());
            assertEquals(0, done.path("counts").path("waiting").asInt());
            List<TrialSnapshot> trials = second.services.store().trials(record.id());
            assertEquals(IntStream.range(0, BUDGET).boxed().toList(),
                    trials.stream().map(TrialSnapshot::number).toList(), "each trial number once, none extra");
            assertTrue(trials.stream().allMatch(t -> t.state() == TrialState.COMPLETE
                    || t.state() == TrialState.PRUNED), trials.toString());
            assertEquals(BUDGET, second.tree(second.get("/api/studies/restarted/trials?limit=100")).path("total")
                    .asInt());
        }
    }
}
