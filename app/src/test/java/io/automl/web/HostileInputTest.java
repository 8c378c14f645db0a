package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input chosen to break the REST API, over real HTTP: paging parameters that are not numbers, negative, overflowing
 * or absurd, study and schedule names that break the name rule, and huge or odd names in paths. Each answer is a
 * 4xx that names the parameter or field, never a 5xx, and a rejected name stores nothing.
 */
class HostileInputTest {
    @TempDir
    static Path tmp;
    static TestServer s;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(tmp, "127.0.0.1");
        HttpResponse<String> created = s.post("/api/studies", space("paged"));
        assertEquals(201, created.statusCode(), created.body());
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    /** The iris test space named {@code name}, one trial of one epoch. */
    static String space(String name) throws IOException {
        ObjectNode space = (ObjectNode) JSON.readTree(s.space("iris-quick.json"));
        space.put("name", name);
        ((ObjectNode) space.get("budget")).put("trials", 1).put("epochs", 1);
        return space.toString();
    }

    private static void badParameter(String path, String parameter, String shown) {
        HttpResponse<String> r = s.get(path);
        assertEquals(400, r.statusCode(), () -> path + " -> " + head(r));
        String message = s.tree(r).path("message").asText();
        assertTrue(message.startsWith(parameter + " must be"), path + " -> " + message);
        assertTrue(message.contains(shown), path + " -> " + message);
    }

    @Test
    void pagingParametersOutOfRangeAre400NamingTheParameterAndValue() {
        String p = "/api/studies/paged";
        badParameter(p + "/trials?offset=2147483647&limit=1000", "offset", "2147483647");
        badParameter(p + "/trials?offset=-1", "offset", "-1");
        badParameter(p + "/trials?offset=1000001", "offset", "1000001");
        badParameter(p + "/trials?offset=99999999999", "offset", "'99999999999'");
        badParameter(p + "/trials?offset=ten", "offset", "'ten'");
        badParameter(p + "/trials?offset=" + "9".repeat(5000), "offset", "9".repeat(40) + "... (5000 characters)");
        badParameter(p + "/trials?limit=0", "limit", "0");
        badParameter(p + "/trials?limit=1001", "limit", "1001");
        badParameter(p + "/trials?limit=-2147483648", "limit", "-2147483648");
        badParameter(p + "/trials?limit=1.5", "limit", "'1.5'");
        badParameter(p + "/leaderboard?top=2147483648", "top", "'2147483648'");
        badParameter(p + "/history?points=-5", "points", "-5");
        badParameter(p + "/curves?top=101", "top", "101");
        badParameter(p + "/events?after=-1", "after", "-1");
        badParameter(p + "/trials/2147483648", "number", "'2147483648'");
        badParameter(p + "/trials/-1", "number", "-1");
        badParameter(p + "/export?trial=x", "trial", "'x'");

        JsonNode last = s.tree(s.get(p + "/trials?offset=1000000&limit=1000"));
        assertEquals(1_000_000, last.path("offset").asInt(), last.toString());
        assertEquals(0, last.path("trials").size());
        assertEquals(200, s.get(p + "/trials?offset=1&limit=1000").statusCode());
    }

    @Test
    void workerApiNumbersAre400NamingTheParameter() {
        Map<String, String> cases = Map.of(
                "/api/worker/studies/1/leaderboard?direction=maximize&limit=-1", "limit must be in 0..",
                "/api/worker/studies/1/leaderboard?direction=maximize&limit=2147483648", "limit must be in 0..",
                "/api/worker/studies/1/trials/x9", "number must be an integer in",
                "/api/worker/studies/1/trials/99999999999", "number must be in 0..",
                "/api/worker/studies/1/trials-since?after=x", "after must be an integer in",
                "/api/worker/studies/1/trials-since", "after must be an integer in",
                "/api/worker/studies/99999999999999999999/counts", "id must be an integer in",
                "/api/worker/studies/-3", "id must be in 0..");
        cases.forEach((path, words) -> {
            HttpResponse<String> r = s.send("GET", path, null, TestServer.TOKEN);
            assertEquals(400, r.statusCode(), () -> path + " -> " + head(r));
            assertEquals("illegal-argument", s.tree(r).path("kind").asText(), () -> path + " -> " + head(r));
            assertTrue(s.tree(r).path("message").asText().startsWith(words), () -> path + " -> " + head(r));
        });
    }

    @Test
    void badStudyNamesAre400AtTheNameAndNothingIsStored() throws Exception {
        for (String bad : List.of("x".repeat(10_000), "two words", ".hidden", "a/b", "caf\u00e9", "n".repeat(101))) {
            for (String route : List.of("/api/studies", "/api/spaces/validate")) {
                HttpResponse<String> r = s.post(route, space(bad));
                assertEquals(400, r.statusCode(), () -> route + " " + head(r));
                JsonNode errors = s.tree(r).path("errors");
                assertEquals(1, errors.size(), () -> head(r));
                assertEquals("/name", errors.get(0).path("pointer").asText(), () -> head(r));
                assertTrue(errors.get(0).path("message").asText().startsWith("name must be 1 to 100 characters"));
                assertTrue(r.body().length() < 2000, () -> "the error repeats the whole name: " + head(r));
            }
        }
        HttpResponse<String> huge = s.post("/api/studies", space("x".repeat(10_000)));
        assertTrue(huge.body().contains("10000 characters"), () -> head(huge));
        List<String> names = s.tree(s.get("/api/studies")).path("studies").findValuesAsText("name");
        assertEquals(List.of("paged"), names);
        assertEquals(201, s.post("/api/studies", space("n".repeat(100))).statusCode());
        assertEquals(200, s.get("/api/studies/" + "n".repeat(100)).statusCode());
    }

    @Test
    void badScheduleNamesAre400AtTheNameAndNothingIsStored() throws Exception {
        String good = JSON.writeValueAsString(Map.of("space", JSON.readTree(space("nightly")), "cron", "0 0 2 * * ?"));
        for (String bad : List.of("x".repeat(10_000), "two words", "run@night", "-x")) {
            String body = JSON.writeValueAsString(Map.of("name", bad, "space", JSON.readTree(space("nightly")),
                    "cron", "0 0 2 * * ?"));
            HttpResponse<String> r = s.send("POST", "/api/schedules", body, TestServer.TOKEN);
            assertEquals(400, r.statusCode(), () -> head(r));
            assertEquals("/name", s.tree(r).path("errors").path(0).path("pointer").asText(), () -> head(r));
            assertTrue(r.body().length() < 2000, () -> head(r));
            HttpResponse<String> inSpace = s.send("POST", "/api/schedules", good.replace("nightly", bad),
                    TestServer.TOKEN);
            assertEquals(400, inSpace.statusCode(), () -> head(inSpace));
            assertEquals("/name", s.tree(inSpace).path("errors").path(0).path("pointer").asText(),
                    () -> head(inSpace));
        }
        assertEquals(0, s.tree(s.get("/api/schedules")).size());
    }

    @Test
    void anUnknownHugeNameIs404WithAShortMessage() {
        HttpResponse<String> r = s.get("/api/studies/" + "x".repeat(4_000) + "/trials");
        assertEquals(404, r.statusCode(), () -> head(r));
        assertTrue(r.body().length() < 500, () -> head(r));
        assertTrue(s.tree(r).path("message").asText().contains("(4000 characters)"), () -> head(r));
    }

    @Test
    void hugeOrOddNamesInPathsAre4xx() throws IOException {
        List<String> names = List.of("x".repeat(4_000), "x".repeat(20_000), "%00", "%ZZ", "%", "..", "%2e%2e",
                "a%2Fb", "%C3%28", "%FF", "%20", "%22%3Cscript%3E", "a;b=c", "%E2%80%AE", "a%0D%0AX-Evil:%201",
                "nightly@20240101T020000");
        List<String> gets = List.of("", "/space", "/trials", "/trials/1", "/leaderboard", "/history", "/curves",
                "/export", "/events");
        for (String name : names) {
            for (String tail : gets) {
                assertClientError("GET", "/api/studies/" + name + tail);
            }
            for (String tail : List.of("/cancel", "/resume")) {
                assertClientError("POST", "/api/studies/" + name + tail);
            }
            assertClientError("DELETE", "/api/studies/" + name);
            assertClientError("GET", "/api/schedules/" + name + "/history");
            assertClientError("POST", "/api/schedules/" + name + "/run");
            assertClientError("DELETE", "/api/schedules/" + name);
        }
    }

    /** The start of the answer's body, for failure messages. */
    private static String head(HttpResponse<String> r) {
        String body = r.body();
        return r.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    /** Sends a raw request (the path as is, not re-encoded) and asserts a 4xx answer. */
    private static void assertClientError(String method, String path) throws IOException {
        int status = raw(method, path);
        String shown = path.length() > 80 ? path.substring(0, 80) + "..." : path;
        assertTrue(status >= 400 && status < 500, method + " " + shown + " answered " + status);
    }

    private static int raw(String method, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestServer.TOKEN
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            String[] parts = line.toString().split(" ");
            if (parts.length < 2) {
                throw new IOException(method + " " + path + ": no status line, got '" + line + "'");
            }
            return Integer.parseInt(parts[1]);
        }
    }
}
