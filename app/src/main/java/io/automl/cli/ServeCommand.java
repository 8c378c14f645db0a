package io.automl.cli;

import io.automl.worker.GpuProbe;
import io.automl.eval.dl4j.NativeThreadEnvironment;
import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.app.Server;
import io.automl.web.WebSettings;
import io.automl.web.api.AllowedHosts;
import io.automl.web.examples.Examples;
import io.automl.worker.WorkerSupervisor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code automl serve}: the web page and REST API, running submitted studies in the background and
 * resuming those a previous server left unfinished. Runs until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI and REST API; run submitted studies in the background.")
final class ServeCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String bind;

    @Option(names = "--open-reads", description = "Let API reads (GET) through without the token; only with a"
            + " loopback --bind. Default: every API request but /api/health needs the token.")
    boolean openReads;

    @Option(names = "--public-host", paramLabel = "NAME[:PORT]", description = "Another name clients reach the"
            + " server by (its Host header), besides localhost, 127.0.0.1, [::1] and the --bind address; repeatable."
            + " Without :PORT any port matches. Requests naming another host are refused (421).")
    List<String> publicHosts = new ArrayList<>();

    /** The file in the data folder where a running server records its URL (for automl backup). */
    static final String SERVER_URL_FILE = "server.url";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for the API. Default: $AUTOML_TOKEN, else DATA/token (created when missing).")
    String token;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "512",
            description = "Largest data set upload (POST /api/datasets) in MB; default ${DEFAULT-VALUE}.")
    long maxUploadMb;

    @Option(names = "--allow-commands", description = "Accept spaces that use the command evaluator.")
    boolean allowCommands;

    @Option(names = "--isolation", paramLabel = "thread|process", defaultValue = "thread",
            description = "Run trials on threads of the server, or in supervised worker processes (a crash kills"
                    + " only its worker). Default: ${DEFAULT-VALUE}.")
    String isolation;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Worker processes with --isolation process, each with cores/N threads. Default: ${DEFAULT-VALUE}.")
    int workers;

    @Option(names = "--worker-nice", paramLabel = "N", defaultValue = "10",
            description = "Niceness (0..19) of the worker processes with --isolation process, so that training"
                    + " leaves the web server responsive; 0 runs them at the server's priority. Default: ${DEFAULT-VALUE}.")
    int workerNice;

    @Option(names = "--lease-seconds", paramLabel = "S", defaultValue = "15",
            description = "Trial lease of worker processes (cancel and crash detection take up to a third of it)."
                    + " Default: ${DEFAULT-VALUE}.")
    int leaseSeconds;

    @Mixin
    DataOption dataOption;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        checkAccess(); // bad options: nothing written
        if (maxUploadMb < 1) {
            throw new UserException("--max-upload-mb must be >= 1, got " + maxUploadMb);
        }
        // a server of a CUDA build on a machine without a GPU may still hand trials to remote GPU workers
        new GpuProbe(Path.of("/dev")).cpuTrainingProblem().ifPresent(problem -> console.warn(
                problem + "; DL4J trials this server trains itself will fail"));
        DataDirectory data = dataOption.resolve(console.env());
        Optional<WorkerSupervisor.Settings> processWorkers = processWorkers(data); // bad options: nothing written
        Files.createDirectories(data.path());
        String secret = token(data.path());
        Examples examples = Examples.locate(data.path(), console.env());
        WebSettings settings = new WebSettings(bind, port, secret, allowCommands,
                List.of(data.path(), examples.dir()), examples.dir(), WebSettings.DEFAULT_MAX_BODY, openReads,
                publicHosts);
        // one policy for every path that parses, resumes or runs a space on this server
        try (Services services = dataOption.open(console.env(), settings.policy())) {
            CountDownLatch stopped = new CountDownLatch(1);
            try (Server server = new Server(services, settings, processWorkers,
                    io.automl.eval.datasets.DatasetLimits.defaults().withMaxUploadBytes(maxUploadMb * 1024 * 1024))) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }, "automl-shutdown"));
                server.start();
                Path urlFile = data.path().resolve(SERVER_URL_FILE);
                Files.writeString(urlFile, server.url() + "\n"); // for automl backup while this server runs
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        Files.deleteIfExists(urlFile);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, "automl-forget-url"));
                console.out().println("automl: serving " + server.url() + "/ (data: " + data.path() + ", store: "
                        + services.location() + ")");
                console.out().println("automl: API token: " + secret);
                console.out().println("automl: open " + server.url() + "/#token=" + secret);
                stopped.await();
            }
            return 0;
        }
    }

    private void checkAccess() {
        if (openReads && !WebSettings.isLoopback(bind)) {
            throw new UserException("--open-reads needs a loopback --bind (such as 127.0.0.1), not --bind '" + bind
                    + "': beyond this machine every request needs the token");
        }
        for (String name : publicHosts) {
            try {
                new AllowedHosts(bind, List.of(name));
            } catch (IllegalArgumentException e) {
                throw new UserException("--public-host must be a host name with an optional :PORT, such as"
                        + " automl.example.com or automl.example.com:7070: '" + name + "'");
            }
        }
    }

    private Optional<WorkerSupervisor.Settings> processWorkers(DataDirectory data) {
        if (!isolation.equals("thread") && !isolation.equals("process")) {
            throw new UserException("--isolation must be thread or process: '" + isolation + "'");
        }
        if (workers < 1) {
            throw new UserException("--workers must be >= 1: " + workers);
        }
        if (leaseSeconds < 3) {
            throw new UserException("--lease-seconds must be >= 3: " + leaseSeconds);
        }
        if (workerNice < 0 || workerNice > 19) {
            throw new UserException("--worker-nice must be within 0..19: " + workerNice);
        }
        if (isolation.equals("thread")) {
            NativeThreadEnvironment.warning(console.env()).ifPresent(console::warn);
            return Optional.empty();
        }
        // the server hands its own policy (--allow-commands, data folders) to the workers
        return Optional.of(WorkerSupervisor.Settings.local(Main.class.getName(), workers, Duration.ofSeconds(leaseSeconds),
                data.path().resolve("workers"), workerNice));
    }

    private String token(Path dataDir) throws IOException {
        if (token != null && !token.isBlank()) {
            return token.trim();
        }
        String env = console.env().get("AUTOML_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        Path file = dataDir.resolve("token");
        if (Files.isRegularFile(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!stored.isEmpty()) {
                return stored;
            }
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String generated = HexFormat.of().formatHex(bytes);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
        return generated;
    }
}
