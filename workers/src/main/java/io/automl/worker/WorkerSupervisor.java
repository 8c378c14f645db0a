package io.automl.worker;

import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.eval.dl4j.NativeThreadEnvironment;
import io.automl.eval.dl4j.Nd4jSettings;
import io.automl.space.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a server's local worker processes alive: starts {@code workers} {@code automl worker} children (same
 * Java, same class path) each with its share of the cores, the token in their environment, this process's id
 * to watch and a standard input pipe that only this process holds (they exit when it closes, see
 * {@link ParentWatch}); when a child exits while the server runs (crash, {@code System.exit}, out of
 * memory, {@code kill -9}) its RUNNING trials are released at once (retried per {@code maxAttempts}, else
 * FAILED with "worker process NAME exited with code X") and a replacement starts after a pause that grows
 * while children keep dying young. {@link #close} stops the children with SIGTERM (their trials go back to
 * WAITING), then kills those still alive. Thread-safe.
 */
public final class WorkerSupervisor implements AutoCloseable {
    /**
     * How the children run: count, threads each, lease, attempts, the policy they apply to spaces (the server's,
     * passed on as {@code --allow-commands} and {@code --data-root} options), the Java launcher, logs.
     */
    public record Settings(int workers, int threadsEach, Duration lease, int maxAttempts, Policy policy,
            List<String> javaCommand, Path logDir) {
        public Settings {
            Objects.requireNonNull(policy, "policy");
            if (workers < 1 || threadsEach < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("workers, threadsEach and maxAttempts must be >= 1");
            }
            Objects.requireNonNull(lease, "lease");
            javaCommand = List.copyOf(javaCommand);
            Objects.requireNonNull(logDir, "logDir");
        }

        /**
         * JVM options of local worker processes: the parallel collector. Training a network makes ND4J track every
         * native buffer through a reference that survives one collection, so collection cost follows the allocation
         * rate; the parallel collector does that work with less CPU than G1 (digits-MLP worker, 96 trials: 91 s of
         * CPU against 122 s, BENCHMARKS.md section 8), and a worker process serves no requests whose latency its
         * longer pauses could hurt.
         */
        public static final List<String> WORKER_JVM_OPTIONS = List.of("-XX:+UseParallelGC");

        /**
         * The {@code -D} options of this JVM that local worker processes inherit: the switch of the ND4J descriptor
         * caches ({@link Nd4jSettings#SWITCH}), so that turning them off for a server turns them off for its workers.
         */
        static List<String> forwardedProperties(java.util.Properties properties) {
            String caches = properties.getProperty(Nd4jSettings.SWITCH);
            return caches == null ? List.of() : List.of("-D" + Nd4jSettings.SWITCH + "=" + caches);
        }

        /** The niceness local worker processes get by default: training yields the cores to the web server. */
        public static final int DEFAULT_NICE = 10;

        /** These settings with the children applying {@code policy} (a server passes its own). */
        public Settings withPolicy(Policy policy) {
            return new Settings(workers, threadsEach, lease, maxAttempts, policy, javaCommand, logDir);
        }

        /**
         * {@code workers} children of this very Java and class path running {@code mainClass} (the command line
         * whose {@code worker} command starts a {@link WorkerProcess}), sharing the cores equally; until
         * {@link #withPolicy} says otherwise they run no command and read data only below {@code logDir}.
         */
        public static Settings local(String mainClass, int workers, Duration lease, Path logDir) {
            return local(mainClass, workers, lease, logDir, DEFAULT_NICE);
        }

        /**
         * Like {@link #local(String, int, Duration, Path)}, the children started through {@code nice -n nice}
         * (when {@code nice} > 0 and {@code /usr/bin/nice} exists) so that a busy training pool leaves the
         * server's request threads their share of the cores.
         */
        public static Settings local(String mainClass, int workers, Duration lease, Path logDir, int nice) {
            Objects.requireNonNull(mainClass, "mainClass");
            if (nice < 0 || nice > 19) {
                throw new IllegalArgumentException("nice must be within 0..19: " + nice);
            }
            int cores = Runtime.getRuntime().availableProcessors();
            List<String> java = new ArrayList<>();
            Path niceCommand = Path.of("/usr/bin/nice");
            if (nice > 0 && Files.isExecutable(niceCommand)) {
                java.addAll(List.of(niceCommand.toString(), "-n", Integer.toString(nice)));
            }
            java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            java.addAll(WORKER_JVM_OPTIONS);
            java.addAll(forwardedProperties(System.getProperties()));
            java.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
            return new Settings(workers, Math.max(1, cores / workers), lease, 2, Policy.server(false, List.of(logDir)),
                    java, logDir);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WorkerSupervisor.class);

    /** The {@code automl worker} options that make a child apply {@code policy}. */
    static List<String> policyOptions(Policy policy) {
        List<String> out = new ArrayList<>();
        if (policy.commandsAllowed()) {
            out.add("--allow-commands");
        }
        for (Path root : policy.dataRoots()) {
            out.addAll(List.of("--data-root", root.toString()));
        }
        return out;
    }
    private static final Duration YOUNG = Duration.ofSeconds(10);
    private final Settings settings;
    private final TrialStore store;
    private final Clock clock;
    private final String prefix;
    private final List<Child> children = new CopyOnWriteArrayList<>();
    private final AtomicInteger restarts = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "automl-worker-supervisor");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closing;
    private String server;
    private String token;

    public WorkerSupervisor(Settings settings, TrialStore store, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.prefix = hostName() + "-" + ProcessHandle.current().pid();
    }

    /** One slot: its current process and how often it was started. */
    private static final class Child {
        final int slot;
        volatile Process process;
        volatile String name;
        volatile long startedNanos;
        volatile int generation;
        volatile Duration pause = Duration.ofSeconds(1);

        Child(int slot) {
            this.slot = slot;
        }
    }

    /** Starts the children against the server at {@code serverUrl}. */
    public synchronized void start(String serverUrl, String serverToken) {
        this.server = Objects.requireNonNull(serverUrl, "serverUrl");
        this.token = Objects.requireNonNull(serverToken, "serverToken");
        try {
            Files.createDirectories(settings.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create worker log directory " + settings.logDir(), e);
        }
        for (int i = 0; i < settings.workers(); i++) {
            Child c = new Child(i);
            children.add(c);
            spawn(c);
        }
    }

    /** The process ids of the children alive now. */
    public List<Long> pids() {
        List<Long> out = new ArrayList<>();
        for (Child c : children) {
            Process p = c.process;
            if (p != null && p.isAlive()) {
                out.add(p.pid());
            }
        }
        return out;
    }

    /** The process id of the live child whose worker threads include {@code trialWorker} (a trial's owner). */
    public java.util.Optional<Long> pidOfOwner(String trialWorker) {
        for (Child c : children) {
            Process p = c.process;
            if (p != null && p.isAlive() && trialWorker.startsWith(c.name + "-")) {
                return java.util.Optional.of(p.pid());
            }
        }
        return java.util.Optional.empty();
    }

    /** How many replacement children were started. */
    public int restarts() {
        return restarts.get();
    }

    private synchronized void spawn(Child c) {
        if (closing) {
            return;
        }
        c.generation++;
        c.name = prefix + "-w" + c.slot + "r" + c.generation + "-cpu";
        List<String> cmd = new ArrayList<>(settings.javaCommand());
        cmd.addAll(List.of("worker", "--server", server, "--device", "cpu", "--threads",
                Integer.toString(settings.threadsEach()), "--name", c.name, "--lease-seconds",
                Long.toString(Math.max(3, settings.lease().toSeconds())), "--max-attempts",
                Integer.toString(settings.maxAttempts()), "--parent-pid", Long.toString(ProcessHandle.current().pid()),
                "--parent-stdin"));
        cmd.addAll(policyOptions(settings.policy()));
        // the child's stdin is a pipe whose write end only this process holds (Process keeps it open): the child
        // reads end of file when this process dies, however it dies, and exits (--parent-stdin, ParentWatch)
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logDir().resolve(c.name + ".log").toFile()));
        pb.environment().put("AUTOML_TOKEN", token);
        pb.environment().putAll(NativeThreadEnvironment.forWorker(pb.environment(), settings.threadsEach()));
        try {
            Process p = pb.start();
            c.process = p;
            c.startedNanos = System.nanoTime();
            LOG.info("worker process {} started (pid {})", c.name, p.pid());
            p.onExit().thenRun(() -> exited(c, p));
        } catch (IOException e) {
            LOG.error("cannot start worker process {}; trying again in {}", c.name, c.pause, e);
            schedule(c);
        }
    }

    private void exited(Child c, Process p) {
        if (closing) {
            return;
        }
        String name = c.name;
        int code = p.exitValue();
        String reason = "worker process " + name + " exited with code " + code;
        LOG.warn(reason);
        try {
            int released = releaseTrialsOf(name, reason);
            LOG.info("{} trial(s) of worker process {} released", released, name);
        } catch (RuntimeException e) {
            LOG.error("cannot release the trials of worker process {}; the lease sweeper will", name, e);
        }
        boolean young = System.nanoTime() - c.startedNanos < YOUNG.toNanos();
        c.pause = young ? min(c.pause.multipliedBy(2), Duration.ofSeconds(30)) : Duration.ofSeconds(1);
        restarts.incrementAndGet();
        schedule(c);
    }

    /** Releases the RUNNING trials owned by the worker threads of {@code name}; returns how many. */
    int releaseTrialsOf(String name, String reason) {
        int n = 0;
        for (StudyRecord s : store.studies()) {
            if (s.state() != StudyState.RUNNING) {
                continue;
            }
            boolean any = false;
            for (TrialSnapshot t : store.trialsSince(s.id(), 0, List.of(TrialState.RUNNING))) {
                if (t.worker() != null && t.worker().startsWith(name + "-")) {
                    any |= store.heartbeat(t.id(), t.worker(), Duration.ZERO);
                }
            }
            if (any) {
                n += store.releaseRunning(s.id(), clock.instant().plusMillis(1), settings.maxAttempts(), reason);
            }
        }
        return n;
    }

    private void schedule(Child c) {
        if (!closing) {
            timer.schedule(() -> spawn(c), c.pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "host";
        }
    }

    /** Stops the children: SIGTERM, up to 30 s for their trials to go back to WAITING, then SIGKILL. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
        }
        timer.shutdownNow();
        List<Process> alive = new ArrayList<>();
        for (Child c : children) {
            Process p = c.process;
            if (p != null && p.isAlive()) {
                p.destroy();
                alive.add(p);
            }
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Process p : alive) {
            try {
                if (!p.waitFor(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                alive.forEach(Process::destroyForcibly);
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
