package io.automl.cli;

import io.automl.app.Services;
import io.automl.results.H2Backup;
import io.automl.results.JdbcTrialStore;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code automl backup --out FILE.zip}: a consistent copy of the embedded database (studies, trials, schedules and
 * stored models). While a server runs on the data folder (it holds the database file), the copy is taken by that
 * server through {@code POST /api/backup} (H2's online backup; the server named by {@code --server}, else the one
 * {@code automl serve} recorded in DATA/server.url); otherwise the command opens the database itself.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the embedded store (H2) to a zip, also while a server runs on it. PostgreSQL: pg_dump.")
final class BackupCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "The backup file to write.")
    Path out;

    @Option(names = "--server", paramLabel = "URL",
            description = "The server running on the data folder (default: DATA/server.url when a server wrote it).")
    String server;

    @Mixin
    DataOption dataOption;

    BackupCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out)) {
            throw new UserException("--out: " + out + " exists already");
        }
        if (!dataOption.location(console.env()).isEmbedded()) {
            throw new UserException("--store: a PostgreSQL store is backed up with pg_dump, for example"
                    + " pg_dump -Fc -h db -U automl automl > automl.dump");
        }
        Path data = dataOption.resolve(console.env()).path();
        Path recorded = data.resolve(ServeCommand.SERVER_URL_FILE);
        String url = server != null ? server : Files.isRegularFile(recorded) ? Files.readString(recorded).trim() : null;
        if (url != null) {
            try {
                fromServer(url, data);
                return done();
            } catch (ConnectException stale) {
                if (server != null) {
                    throw new UserException("--server: cannot connect to " + url + ": " + stale.getMessage());
                }
                console.warn("no server answers at " + url + " (recorded in " + recorded + "); opening the data"
                        + " folder directly");
            }
        }
        try (Services services = dataOption.open(console.env())) {
            if (!(services.store() instanceof JdbcTrialStore jdbc)) {
                throw new UserException("the store of " + data + " cannot be backed up");
            }
            H2Backup.backup(jdbc.dataSource(), out);
        }
        return done();
    }

    private int done() throws IOException {
        console.out().println("automl: backup written to " + out.toAbsolutePath() + " (" + Files.size(out) + " bytes)");
        return 0;
    }

    private void fromServer(String url, Path data) throws IOException, InterruptedException {
        String token = console.env().getOrDefault("AUTOML_TOKEN", "");
        if (token.isBlank() && Files.isRegularFile(data.resolve("token"))) {
            token = Files.readString(data.resolve("token")).trim();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/backup"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        HttpResponse<Path> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(tmp));
        if (r.statusCode() != 200) {
            String body = Files.readString(tmp);
            Files.deleteIfExists(tmp);
            throw new UserException("the server at " + url + " answered " + r.statusCode() + ": " + body);
        }
        Files.move(tmp, out);
    }
}
