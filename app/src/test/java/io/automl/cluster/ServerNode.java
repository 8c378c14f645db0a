package io.automl.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code automl serve} process started from the test class path on a free port with its own data
 * directory and the shared store; the database credentials and the API token travel in the environment,
 * never on the command line. Output (stdout and stderr) goes to {@code DATA/server.log}. {@link #close()}
 * kills the process. Not thread-safe.
 */
final class ServerNode implements AutoCloseable {
    static final String TOKEN = "cluster-test-token";
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerNode(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts a node on {@code db} with data directory {@code data} and waits until it serves. */
    static ServerNode start(PgDatabase db, Path data, String... extra) throws IOException, InterruptedException {
        Files.createDirectories(data);
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.automl.cli.Main", "serve",
                "--port", String.valueOf(port), "--data", data.toString(), "--store", db.url()));
        cmd.addAll(List.of(extra));
        Path log = data.resolve("server.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AUTOML_DB_USER", db.user());
        pb.environment().put("AUTOML_DB_PASSWORD", db.password());
        pb.environment().put("AUTOML_TOKEN", TOKEN);
        ServerNode node = new ServerNode(pb.start(), log, port);
        long until = System.nanoTime() + START_LIMIT.toNanos();
        while (!node.log().contains("automl: serving")) {
            if (!node.process.isAlive() || System.nanoTime() > until) {
                node.close();
                throw new IllegalStateException("server did not start; its output:\n" + node.log());
            }
            Thread.sleep(100);
        }
        return node;
    }

    /** Everything the process printed so far. */
    String log() throws IOException {
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The process's command line as the operating system shows it to other users ({@code ps}). */
    String commandLine() throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
        return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
    }

    /** The base URL, such as {@code http://127.0.0.1:7070}. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts {@code automl worker} processes attached to this node; output goes to {@code log}. */
    Process startWorker(Path log, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.automl.cli.Main", "worker", "--server",
                url(), "--allow-commands", "--name", name, "--threads", "1", "--lease-seconds", "10")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AUTOML_TOKEN", TOKEN);
        return pb.start();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** SIGKILL: no shutdown hook runs; trials in flight stay RUNNING in the store under this node's lease. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server " + process.pid() + " did not die");
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping server " + process.pid(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
