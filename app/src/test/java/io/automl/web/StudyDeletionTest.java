package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DELETE /api/studies/{name} over real HTTP: refused while the study runs, then removes every trace of it. */
class StudyDeletionTest {
    @TempDir
    Path tmp;

    @Test
    void aRunningStudyIsRefusedAStoppedOneIsGoneWithItsTrialsAndItsNameIsFree() throws Exception {
        try (TestServer s = new TestServer(tmp, "127.0.0.1")) {
            String text = s.space("iris-quick.json").replace("\"iris-quick\"", "\"doomed\"")
                    .replace("\"trials\": 6", "\"trials\": 200");
            assertEquals(201, s.post("/api/studies", text).statusCode());
            s.await("/api/studies/doomed", n -> n.path("finished").asInt() >= 1, 120);
            assertEquals(401, s.send("DELETE", "/api/studies/doomed", null, null).statusCode());
            HttpResponse<String> refused = s.send("DELETE", "/api/studies/doomed", null, TestServer.TOKEN);
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(s.tree(refused).path("message").asText().contains("cancel it first"));

            assertEquals("CANCELLED", s.tree(s.post("/api/studies/doomed/cancel", null)).path("state").asText());
            StudyRecord record = s.services.store().findStudy("doomed").orElseThrow();
            TrialSnapshot first = s.services.store().trial(record.id(), 0).orElseThrow();
            HttpResponse<String> deleted = s.send("DELETE", "/api/studies/doomed", null, TestServer.TOKEN);
            assertEquals(204, deleted.statusCode(), deleted.body());

            assertEquals(404, s.get("/api/studies/doomed").statusCode());
            assertEquals(404, s.get("/api/studies/doomed/trials").statusCode());
            JsonNode list = s.tree(s.get("/api/studies")).path("studies");
            assertFalse(list.findValuesAsText("name").contains("doomed"));
            assertTrue(s.services.store().study(record.id()).isEmpty());
            assertTrue(s.services.store().artifact(first.id(), "model").isEmpty());
            assertEquals(404, s.send("DELETE", "/api/studies/doomed", null, TestServer.TOKEN).statusCode());

            String again = text.replace("\"trials\": 200", "\"trials\": 1");
            assertEquals(201, s.post("/api/studies", again).statusCode());
            JsonNode fresh = s.await("/api/studies/doomed", n -> n.path("state").asText().equals("COMPLETE"), 120);
            assertEquals(1, fresh.path("finished").asInt());
        }
    }
}
