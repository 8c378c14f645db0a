package io.automl.cli;

import io.automl.eval.dl4j.NativeThreadEnvironment;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.app.Services;
import io.automl.worker.CudaPinning;
import io.automl.worker.DeviceSlot;
import io.automl.worker.GpuProbe;
import io.automl.worker.ParentWatch;
import io.automl.worker.ProcessLiveness;
import io.automl.worker.RemoteTrialStore;
import io.automl.worker.WorkerHttp;
import io.automl.worker.WorkerProcess;
import io.automl.worker.Wire;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.automl.space.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code automl worker}: a worker process that runs trials of the server's RUNNING studies through the
 * server's worker API, on one device slot. Runs until SIGTERM (trials in flight go back to WAITING), with
 * {@code --once} until no RUNNING study is left; exits 2 when the slot's device is missing, 3 when the
 * server stays unreachable.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Run trials for a server's studies in this process (CPU share or one GPU).")
final class WorkerCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--server", paramLabel = "URL", required = true, description = "The server, e.g. http://host:7070.")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The server's API token. Default: $AUTOML_TOKEN.")
    String token;

    @Option(names = "--device", paramLabel = "cpu|gpu:K", defaultValue = "cpu", description = "Default: ${DEFAULT-VALUE}.")
    String device;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads for trials. Default: all cores.")
    Integer threads;

    @Option(names = "--name", paramLabel = "NAME", description = "Unique worker name. Default: host-pid-device.")
    String name;

    @Option(names = "--lease-seconds", paramLabel = "S", defaultValue = "15",
            description = "Trial lease, renewed every third of it. Default: ${DEFAULT-VALUE}.")
    int leaseSeconds;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "2",
            description = "Runs a trial gets when workers die. Default: ${DEFAULT-VALUE}.")
    int maxAttempts;

    @Option(names = "--allow-commands", description = "Run studies that use the command evaluator.")
    boolean allowCommands;

    @Option(names = "--data-root", paramLabel = "DIR", description = "Read data sets only below DIR (repeatable)."
            + " Default: any path this worker's user can read.")
    List<Path> dataRoots = new ArrayList<>();

    @Option(names = "--commands-only", description = "Run only command-evaluator studies (a GPU slot without the"
            + " ND4J CUDA backend).")
    boolean commandsOnly;

    @Option(names = "--once", description = "Exit when no RUNNING study is left.")
    boolean once;

    @Option(names = "--parent-pid", paramLabel = "PID", hidden = true, description = "Exit when this process exits"
            + " (or is a zombie, or its pid was reused).")
    Long parentPid;

    @Option(names = "--parent-stdin", hidden = true, description = "Exit at the end of standard input: the parent"
            + " holds the pipe's write end, which closes when it dies.")
    boolean parentStdin;

    WorkerCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        DeviceSlot slot;
        try {
            slot = DeviceSlot.parse(device);
        } catch (IllegalArgumentException e) {
            throw new UserException("--device: " + e.getMessage());
        }
        if (slot instanceof DeviceSlot.Cpu && !commandsOnly) {
            new GpuProbe(Path.of("/dev")).cpuTrainingProblem().ifPresent(problem -> {
                throw new UserException(problem);
            });
        }
        if (slot instanceof DeviceSlot.Gpu gpu) {
            Optional<String> problem = new GpuProbe(Path.of("/dev")).problem(gpu, !commandsOnly);
            if (problem.isPresent()) {
                throw new UserException(problem.get());
            }
            if (!commandsOnly) {
                try {
                    new CudaPinning().pin(gpu.index());
                } catch (IllegalStateException e) {
                    throw new UserException(e.getMessage());
                }
            }
        }
        String secret = token != null && !token.isBlank() ? token.trim() : console.env().getOrDefault("AUTOML_TOKEN", "");
        if (secret.isBlank()) {
            throw new UserException("the server's token is needed: --token or $AUTOML_TOKEN");
        }
        if (leaseSeconds < 3) {
            throw new UserException("--lease-seconds must be >= 3: " + leaseSeconds);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        String worker = name != null && !name.isBlank() ? name : host() + "-" + ProcessHandle.current().pid() + "-"
                + slot.label();
        WorkerProcess.Settings settings = new WorkerProcess.Settings(worker, slot, threads == null ? cores : threads,
                Duration.ofSeconds(leaseSeconds), maxAttempts, once, commandsOnly, 30);
        ObjectMapper json = new ObjectMapper();
        URI base = URI.create(server);
        RemoteTrialStore store = new RemoteTrialStore(new WorkerHttp(base, secret, json), new Wire(json));
        Services.Engine engine = Services.Engine.over(store, policy(), refs());
        WorkerProcess process = new WorkerProcess(settings, store, engine.runner(), engine.parser(),
                engine.evaluators(), Clock.systemUTC());
        if (parentPid != null || parentStdin) {
            if (parentPid != null && parentPid < 1) {
                throw new UserException("--parent-pid must be a process id >= 1: " + parentPid);
            }
            new ParentWatch(worker, Optional.ofNullable(parentPid).map(ProcessLiveness::of),
                    parentStdin ? Optional.of(System.in) : Optional.empty(), Duration.ofSeconds(1)).start();
        }
        NativeThreadEnvironment.warning(console.env()).ifPresent(console::warn);
        console.err().println("automl: worker " + worker + " on " + slot + " with " + settings.threads()
                + " thread(s), serving " + base);
        Thread loop = Thread.currentThread();
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            loop.interrupt();
            try {
                done.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "automl-worker-shutdown"));
        try {
            int code = process.run();
            console.err().println("automl: worker " + worker + " finished " + process.finishedTrials() + " trial(s)");
            return code;
        } finally {
            done.countDown();
        }
    }

    /** Named data sets ({@code ref}) of the {@code datasets} folder of any --data-root (the server's data folder). */
    private io.automl.space.DatasetRefs refs() {
        List<io.automl.eval.datasets.DatasetRegistry> registries = dataRoots.stream().map(root ->
                io.automl.app.Services.datasets(root, io.automl.eval.datasets.DatasetLimits.defaults()))
                .toList();
        return name -> registries.stream().map(r -> r.find(name)).flatMap(Optional::stream).findFirst();
    }

    /** What this worker lets a space do: commands only with --allow-commands, data only below any --data-root. */
    private Policy policy() {
        return dataRoots.isEmpty() ? new Policy(allowCommands, false, List.of())
                : Policy.server(allowCommands, dataRoots);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "host";
        }
    }

}
