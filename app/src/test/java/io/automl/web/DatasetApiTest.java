package io.automl.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.app.DataDirectory;
import io.automl.app.Server;
import io.automl.app.Services;
import io.automl.app.StoreLocation;
import java.util.Optional;
import io.automl.eval.data.CsvReader;
import io.automl.eval.data.ImageFolderWriter;
import io.automl.eval.data.TableParser;
import io.automl.eval.datasets.DatasetLimits;
import io.automl.eval.datasets.DatasetRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named data sets through real HTTP: a zip of PNG class folders uploaded, listed, used by a study ({@code ref}) that
 * trains on it, kept while the study runs and removed after; unsafe zips (slip, link, bomb) and oversized bodies
 * refused with nothing written.
 */
class DatasetApiTest {
    private static final String TOKEN = "dataset-token-5b2f1e";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path root;
    private Services services;
    private Server server;

    @BeforeEach
    void start() throws Exception {
        DataDirectory data = new DataDirectory(root.resolve("data"));
        Path examples = Files.createDirectories(root.resolve("examples"));
        WebSettings settings = new WebSettings("127.0.0.1", 0, TOKEN, false, List.of(data.path(), examples), examples,
                WebSettings.DEFAULT_MAX_BODY);
        services = Services.open(data, StoreLocation.embeddedH2(), settings.policy());
        server = new Server(services, settings, Optional.empty(), new DatasetLimits(3_000_000, 5_000, 2_000_000))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
        services.close();
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).method(method, body);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String name, byte[] bytes) throws Exception {
        return send("POST", "/api/datasets?name=" + name, HttpRequest.BodyPublishers.ofByteArray(bytes), TOKEN);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, HttpRequest.BodyPublishers.noBody(), TOKEN);
        return json.readTree(r.body());
    }

    static Path digits() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("search-spaces/examples/datasets/digits.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("digits.csv not found");
    }

    /** The digits as 8x8 PNGs in class folders, zipped below a top folder. */
    private byte[] digitsZip() throws Exception {
        Path png = root.resolve("png");
        new ImageFolderWriter().write(new TableParser().parse(new CsvReader().read(digits()), "label"), 8, 8, png,
                false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(png)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry("digits/" + png.relativize(f)));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void anUploadedZipOfClassFoldersTrainsAStudyAndIsKeptWhileItRuns() throws Exception {
        byte[] zip = digitsZip();
        HttpResponse<String> up = upload("digit-png", zip);
        assertEquals(201, up.statusCode(), up.body());
        assertEquals("digit-png", json.readTree(up.body()).at("/ref/ref").asText());
        HttpResponse<String> anonymous = send("POST", "/api/datasets?name=x",
                HttpRequest.BodyPublishers.ofByteArray(zip), null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        JsonNode list = get("/api/datasets");
        JsonNode d = list.path("datasets").get(0);
        assertEquals("digit-png", d.path("name").asText());
        assertEquals("images", d.path("type").asText());
        assertEquals(1797, d.path("rows").asInt());
        assertEquals(178, d.at("/perClass/0").asInt());
        assertEquals(64, d.path("sha256").asText().length());
        assertFalse(list.toString().contains(root.toString()), "no server path in the listing: " + list);
        assertEquals(409, upload("digit-png", zip).statusCode());

        String space = """
                {"name": "uploaded-digits", "objective": {"metric": "accuracy"},
                 "dataset": {"ref": "digit-png", "height": 8, "width": 8},
                 "budget": {"trials": 2, "epochs": 3, "parallelism": 1},
                 "params": {"learningRate": 0.01, "batchSize": 32, "augmentShift": {"type": "int", "low": 0, "high": 1}},
                 "architecture": {"blocks": [{"layer": {"type": "conv2d", "filters": 8, "kernel": 3, "padding": "same"}},
                   {"layer": {"type": "pool2d", "size": 2, "stride": 2}}, {"layer": {"type": "dense", "units": 32}}]}}
                """;
        HttpResponse<String> created = send("POST", "/api/studies", HttpRequest.BodyPublishers.ofString(space), TOKEN);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> busy = send("DELETE", "/api/datasets/digit-png", HttpRequest.BodyPublishers.noBody(),
                TOKEN);
        assertEquals(409, busy.statusCode(), busy.body());
        assertTrue(busy.body().contains("uploaded-digits"), busy.body());
        JsonNode study = null;
        for (int i = 0; i < 600 && (study == null || study.path("state").asText().equals("RUNNING")); i++) {
            Thread.sleep(250);
            study = get("/api/studies/uploaded-digits");
        }
        assertEquals("COMPLETE", study.path("state").asText(), study.toString());
        JsonNode top = get("/api/studies/uploaded-digits/leaderboard?top=1");
        assertTrue(top.toString().contains("\"value\""), top.toString());
        double best = top.findValue("value").asDouble();
        assertTrue(best > 0.8, "validation accuracy on the uploaded images: " + top);
        HttpResponse<String> gone = send("DELETE", "/api/datasets/digit-png", HttpRequest.BodyPublishers.noBody(),
                TOKEN);
        assertEquals(200, gone.statusCode(), gone.body());
        assertEquals(404, send("GET", "/api/datasets/digit-png", HttpRequest.BodyPublishers.noBody(), TOKEN)
                .statusCode());
        HttpResponse<String> unknown = send("POST", "/api/spaces/validate", HttpRequest.BodyPublishers.ofString(
                space.replace("uploaded-digits", "again")), TOKEN);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("/dataset/ref"), unknown.body());
    }

    @Test
    void unsafeZipsAndOversizedBodiesAreRefusedWithNothingWritten() throws Exception {
        for (String name : List.of("../../evil.txt", "/tmp/evil.txt")) {
            ByteArrayOutputStream slip = new ByteArrayOutputStream();
            try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(slip)) {
                z.putArchiveEntry(new ZipArchiveEntry(name));
                z.write("pwned".getBytes());
                z.closeArchiveEntry();
            }
            HttpResponse<String> r = upload("slip", slip.toByteArray());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("evil.txt") && r.body().contains("refused"), r.body());
        }
        ByteArrayOutputStream link = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(link)) {
            ZipArchiveEntry e = new ZipArchiveEntry("a/passwd.png");
            e.setUnixMode(0120777);
            z.putArchiveEntry(e);
            z.write("/etc/passwd".getBytes());
            z.closeArchiveEntry();
        }
        HttpResponse<String> l = upload("link", link.toByteArray());
        assertEquals(400, l.statusCode(), l.body());
        assertTrue(l.body().contains("a/passwd.png") && l.body().contains("symbolic links"), l.body());
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("a/zeros.png"));
            z.write(new byte[3_000_000]);
            z.closeEntry();
        }
        HttpResponse<String> b = upload("bomb", bomb.toByteArray());
        assertEquals(413, b.statusCode(), b.body());
        assertTrue(b.body().contains("a/zeros.png"), b.body());
        HttpResponse<String> big = upload("big", new byte[3_000_001]);
        assertEquals(413, big.statusCode(), big.body());
        Path datasets = services.data().path().resolve("datasets");
        try (Stream<Path> files = Files.walk(datasets)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "nothing left behind");
        }
        try (Stream<Path> files = Files.walk(root)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("evil.txt")));
        }
        assertFalse(Files.exists(Path.of("/tmp/evil.txt")));
        assertEquals(0, get("/api/datasets").path("datasets").size());
    }
}
