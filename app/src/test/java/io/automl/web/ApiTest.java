package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP against a real server running a real (small) iris search. */
class ApiTest {
    @TempDir
    static Path tmp;
    static TestServer s;
    static JsonNode done;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(tmp, "127.0.0.1");
        HttpResponse<String> created = s.post("/api/studies", s.space("iris-quick.json"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("/api/studies/iris-quick", created.headers().firstValue("Location").orElseThrow());
        done = s.await("/api/studies/iris-quick", n -> n.path("state").asText().equals("COMPLETE")
                && !n.path("active").asBoolean(), 180);
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void healthVersionAndExamples() {
        assertEquals("ok", s.tree(s.get("/api/health")).path("status").asText());
        assertTrue(s.tree(s.get("/api/version")).path("java").asText().startsWith("17"));
        JsonNode ex = s.tree(s.get("/api/examples"));
        assertEquals("iris-quick.json", ex.path("examples").get(0).path("file").asText());
        assertTrue(ex.path("examples").get(0).path("text").asText().contains("\"iris-quick\""));
    }

    @Test
    void completedStudyShowsCountsBestAndTiming() {
        assertEquals(6, done.path("counts").path("complete").asInt(), done.toString());
        assertEquals(6, done.path("budgetTrials").asInt());
        assertEquals("accuracy", done.path("metric").asText());
        assertEquals("random", done.path("sampler").asText(), "a sampler that proposes by itself shows its type alone");
        double best = done.path("best").path("value").asDouble();
        assertTrue(best > 0.5 && best <= 1.0, "iris accuracy " + best);
        assertTrue(done.path("durationSeconds").asDouble() > 0);
        JsonNode list = s.tree(s.get("/api/studies")).path("studies");
        assertTrue(list.findValuesAsText("name").contains("iris-quick"));
    }

    @Test
    void leaderboardTrialsAndTrialDetail() {
        JsonNode lb = s.tree(s.get("/api/studies/iris-quick/leaderboard?top=3")).path("trials");
        assertEquals(3, lb.size());
        assertTrue(lb.get(0).path("value").asDouble() >= lb.get(1).path("value").asDouble());
        assertEquals(done.path("best").path("value").asDouble(), lb.get(0).path("value").asDouble(), 1e-12);

        JsonNode page = s.tree(s.get("/api/studies/iris-quick/trials?offset=2&limit=2&sort=number"));
        assertEquals(6, page.path("total").asInt());
        assertEquals(2, page.path("trials").size());
        assertEquals(2, page.path("trials").get(0).path("number").asInt());
        JsonNode byValue = s.tree(s.get("/api/studies/iris-quick/trials?sort=value&limit=1"));
        assertEquals(lb.get(0).path("number").asInt(), byValue.path("trials").get(0).path("number").asInt());
        assertEquals(0, s.tree(s.get("/api/studies/iris-quick/trials?state=failed")).path("total").asInt());
        assertEquals(400, s.get("/api/studies/iris-quick/trials?state=bogus").statusCode());
        assertEquals(400, s.get("/api/studies/iris-quick/trials?sort=colour").statusCode());

        JsonNode t = s.tree(s.get("/api/studies/iris-quick/trials/" + lb.get(0).path("number").asInt()));
        assertTrue(t.path("intermediate").size() >= 1, t.toString());
        assertTrue(t.path("config").has("learningRate"));
        assertTrue(t.path("hasModel").asBoolean());
        assertEquals(404, s.get("/api/studies/iris-quick/trials/99").statusCode());

        JsonNode history = s.tree(s.get("/api/studies/iris-quick/history")).path("trials");
        assertEquals(6, history.size());
        JsonNode curves = s.tree(s.get("/api/studies/iris-quick/curves?top=2")).path("curves");
        assertEquals(2, curves.size());
        assertTrue(curves.get(0).path("points").size() >= 1);
    }

    @Test
    void exportDownloadsABundleThatDl4jOpens() throws Exception {
        HttpResponse<byte[]> r = s.http.send(HttpRequest.newBuilder(URI.create(s.base()
                + "/api/studies/iris-quick/export")).header("Authorization", "Bearer " + TestServer.TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElseThrow());
        Set<String> entries = new HashSet<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertTrue(entries.contains("configuration.json") && entries.contains("coefficients.bin")
                && entries.contains("automl/manifest.json"), entries.toString());
        try (InputStream in = new ByteArrayInputStream(r.body())) {
            MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(in);
            assertEquals(3, net.layerSize(net.getnLayers() - 1));
        }
        assertEquals(404, s.get("/api/studies/iris-quick/export?trial=77").statusCode());
        assertEquals(400, s.get("/api/studies/iris-quick/export?trial=x").statusCode());
    }

    @Test
    void mutatingRequestsNeedTheToken() {
        String text = s.space("iris-quick.json");
        HttpResponse<String> none = s.send("POST", "/api/studies", text, null);
        assertEquals(401, none.statusCode());
        assertEquals(401, s.tree(none).path("status").asInt());
        assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, s.send("POST", "/api/studies", text, "wrong").statusCode());
        assertEquals(401, s.send("POST", "/api/studies/iris-quick/cancel", null, null).statusCode());
        assertEquals(401, s.send("DELETE", "/api/studies/iris-quick", null, "x").statusCode());
        assertEquals(200, s.get("/api/studies").statusCode());
    }

    @Test
    void invalidSpacesAre400WithPointersAndNothingIsStored() {
        String bad = s.space("iris-quick.json").replace("\"iris-quick\"", "\"bad-one\"")
                .replace("\"relu\", \"tanh\"", "\"relux\"").replace("\"low\": 0.005", "\"low\": -1");
        HttpResponse<String> r = s.post("/api/studies", bad);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode e = s.tree(r);
        assertEquals(400, e.path("status").asInt());
        List<String> pointers = e.path("errors").findValuesAsText("pointer");
        assertTrue(pointers.stream().anyMatch(p -> p.contains("activation")), pointers.toString());
        assertTrue(pointers.stream().anyMatch(p -> p.startsWith("/params/learningRate")), pointers.toString());
        assertEquals(404, s.get("/api/studies/bad-one").statusCode());

        HttpResponse<String> v = s.post("/api/spaces/validate", bad);
        assertEquals(400, v.statusCode());
        HttpResponse<String> ok = s.post("/api/spaces/validate", s.space("iris-quick.json"));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(s.tree(ok).path("valid").asBoolean());
        assertEquals(3, s.tree(ok).path("summary").path("parameters").asInt());

        HttpResponse<String> yaml = s.post("/api/spaces/validate", "name: [unclosed");
        assertEquals(400, yaml.statusCode());
        assertEquals("", s.tree(yaml).path("errors").get(0).path("pointer").asText());
    }

    @Test
    void datasetsOutsideTheAllowListAndCommandsAreRefused() {
        String outside = s.space("iris-quick.json").replace("\"name\": \"iris-quick\"", "\"name\": \"escape\"")
                .replace("datasets/iris.csv", "/etc/passwd");
        HttpResponse<String> r = s.post("/api/studies", outside);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(s.tree(r).path("errors").findValuesAsText("pointer").contains("/dataset/path"), r.body());
        String dotdot = outside.replace("/etc/passwd", "../../../../../../etc/hostname");
        assertEquals(400, s.post("/api/spaces/validate", dotdot).statusCode());

        String command = s.space("iris-quick.json").replace("\"pruner\"",
                "\"evaluator\": {\"type\": \"command\", \"command\": [\"/bin/true\"]},\n  \"pruner\"");
        HttpResponse<String> c = s.post("/api/spaces/validate", command);
        assertEquals(400, c.statusCode(), c.body());
        assertTrue(s.tree(c).path("errors").findValuesAsText("pointer").stream().anyMatch(p -> p.startsWith(
                "/evaluator")), c.body());
    }

    @Test
    void oversizedBodiesAre413() {
        String big = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        HttpResponse<String> r = s.post("/api/spaces/validate", big);
        assertEquals(413, r.statusCode());
        assertEquals(413, s.tree(r).path("status").asInt());
    }

    @Test
    void unknownThingsAre404AndDuplicatesAre409() {
        HttpResponse<String> r = s.get("/api/studies/nope");
        assertEquals(404, r.statusCode());
        assertTrue(s.tree(r).path("message").asText().contains("nope"));
        assertEquals(404, s.tree(s.get("/api/no-such-endpoint")).path("status").asInt());
        assertEquals(409, s.post("/api/studies", s.space("iris-quick.json")).statusCode());
        assertEquals(404, s.send("DELETE", "/api/studies/nope", null, TestServer.TOKEN).statusCode());
    }

    @Test
    void eventsStreamLiveAndPollAndCancelResumeWork() throws Exception {
        String text = s.space("iris-quick.json").replace("\"iris-quick\"", "\"iris-live\"")
                .replace("\"trials\": 6", "\"trials\": 40");
        HttpRequest sse = HttpRequest.newBuilder(URI.create(s.base() + "/api/studies/iris-live/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + TestServer.TOKEN).build();
        assertEquals(201, s.post("/api/studies", text).statusCode());
        HttpResponse<InputStream> stream = s.http.send(sse, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        List<String> seen = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("event: ")) {
                    seen.add(line.substring(7));
                }
                // new-best follows the trial-finished of the first complete trial in a separate publication
                if (seen.contains("trial-finished") && seen.contains("new-best")) {
                    break;
                }
            }
        }
        assertTrue(seen.contains("trial-finished"), seen.toString());
        JsonNode polled = s.tree(s.get("/api/studies/iris-live/events?after=0"));
        assertTrue(polled.path("events").findValuesAsText("type").contains("trial-started"));
        assertTrue(polled.path("events").findValuesAsText("type").contains("new-best"));

        JsonNode cancelled = s.tree(s.post("/api/studies/iris-live/cancel", null));
        assertEquals("CANCELLED", cancelled.path("state").asText(), cancelled.toString());
        assertFalse(cancelled.path("active").asBoolean());
        assertEquals(0, cancelled.path("counts").path("running").asInt());
        assertEquals(0, cancelled.path("counts").path("waiting").asInt());
        int finishedBefore = cancelled.path("finished").asInt();
        assertTrue(finishedBefore < 40);

        assertEquals(202, s.post("/api/studies/iris-live/resume", null).statusCode());
        assertEquals(409, s.post("/api/studies/iris-live/resume", null).statusCode());
        JsonNode more = s.await("/api/studies/iris-live", n -> n.path("finished").asInt() > finishedBefore, 60);
        assertEquals("RUNNING", more.path("state").asText());
        assertEquals("CANCELLED", s.tree(s.post("/api/studies/iris-live/cancel", null)).path("state").asText());
    }

    @Test
    void openApiDocumentMatchesTheRegisteredRoutes() {
        JsonNode doc = s.tree(s.get("/api/openapi.json"));
        assertEquals("3.0.3", doc.path("openapi").asText());
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> p = doc.path("paths").fieldNames(); p.hasNext();) {
            String path = p.next();
            doc.path("paths").path(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path));
        }
        Set<String> registered = new TreeSet<>();
        for (WebServer.Route r : s.server.web().routes()) {
            if (r.path().startsWith("/api/")) {
                registered.add(r.method() + " " + r.path());
            }
        }
        assertEquals(registered, documented);
        assertTrue(registered.size() >= 18, registered.toString());
    }

    @Test
    void beyondLoopbackEveryRequestNeedsTheToken(@TempDir Path other) throws Exception {
        try (TestServer open = new TestServer(other, "0.0.0.0")) {
            assertEquals(401, open.anonymous("/api/studies").statusCode());
            assertEquals(200, open.send("GET", "/api/studies", null, TestServer.TOKEN).statusCode());
            HttpResponse<String> page = open.anonymous("/");
            assertEquals(200, page.statusCode());
            assertNotNull(page.body());
        }
    }
}
