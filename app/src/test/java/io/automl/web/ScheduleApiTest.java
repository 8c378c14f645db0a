package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleApiTest {
    @TempDir
    Path root;

    @Test
    void schedulesAreCreatedListedAndDeletedOverHttp() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String space = Files.readString(Path.of(getClass().getResource("/spaces/iris-quick.json").toURI()),
                StandardCharsets.UTF_8);
        try (TestServer server = new TestServer(root, "127.0.0.1")) {
            String body = json.writeValueAsString(java.util.Map.of("name", "nightly", "space", json.readTree(space),
                    "cron", "0 0 2 * * ?"));
            assertEquals(401, server.send("POST", "/api/schedules", body, null).statusCode());
            String bad = body.replace("0 0 2 * * ?", "every night");
            HttpResponse<String> rejected = server.send("POST", "/api/schedules", bad, TestServer.TOKEN);
            assertEquals(400, rejected.statusCode(), rejected.body());
            assertEquals("/cron", json.readTree(rejected.body()).path("errors").path(0).path("pointer").asText());
            HttpResponse<String> created = server.send("POST", "/api/schedules", body, TestServer.TOKEN);
            assertEquals(201, created.statusCode(), created.body());
            JsonNode list = json.readTree(server.get("/api/schedules").body());
            assertEquals("nightly", list.path(0).path("spec").path("name").asText());
            assertTrue(list.path(0).hasNonNull("nextFire"), list.toString());
            assertEquals(204, server.send("DELETE", "/api/schedules/nightly", null, TestServer.TOKEN).statusCode());
            assertEquals(404, server.send("DELETE", "/api/schedules/nightly", null, TestServer.TOKEN).statusCode());
            assertEquals(404, server.send("POST", "/api/schedules/nightly/run", null, TestServer.TOKEN).statusCode());
        }
    }
}
