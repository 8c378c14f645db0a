package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.web.RawHttp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code automl serve} process given {@code --open-reads} and {@code --public-host}. */
class ServeAccessTest {
    private static final String TOKEN = "serve-access-token";
    @TempDir
    Path root;
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void openReadsAndPublicHostsReachTheServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = root.resolve("server.log");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "io.automl.cli.Main", "serve", "--port",
                Integer.toString(port), "--data", root.resolve("data").toString(), "--open-reads", "--public-host",
                "automl.example.com", "--public-host", "proxy.example:8443"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AUTOML_TOKEN", TOKEN);
        server = pb.start();
        long until = System.nanoTime() + 60_000_000_000L;
        while (!read(log).contains("automl: serving")) {
            assertTrue(server.isAlive() && System.nanoTime() < until, "server did not start:\n" + read(log));
            Thread.sleep(100);
        }
        assertEquals(200, RawHttp.get(port, "127.0.0.1:" + port, "/api/studies", null).status(), "open reads");
        assertEquals(401, RawHttp.get(port, "127.0.0.1:" + port, "/api/worker/studies", null).status());
        assertEquals(200, RawHttp.get(port, "automl.example.com", "/api/studies", null).status());
        assertEquals(200, RawHttp.get(port, "proxy.example:8443", "/", null).status());
        assertEquals(421, RawHttp.get(port, "proxy.example:" + port, "/", null).status());
        assertEquals(421, RawHttp.get(port, "evil.example:" + port, "/api/studies", TOKEN).status());
    }

    private static String read(Path log) throws IOException {
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
