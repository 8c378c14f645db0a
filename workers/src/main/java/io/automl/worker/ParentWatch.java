package io.automl.worker;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a worker process whose server (the process that spawned it) is gone, so that a killed server leaves no
 * orphaned workers: halts with {@link WorkerProcess#SERVER_LOST} as soon as either watch sees the server gone;
 * the server that comes back frees the orphan's trials by lease expiry. The watches, each on its own daemon thread:
 * <ul>
 * <li>{@code pipe}: the worker's standard input, whose write end only the server holds; end of file means the
 * server's descriptors were closed, which the kernel does when the server dies, however it dies and whether or
 * not its own parent reaps it.</li>
 * <li>{@code parent}: the server's pid and start time, checked every {@code interval}; a zombie or a process
 * that reuses the pid counts as gone ({@link ProcessLiveness}).</li>
 * </ul>
 */
public final class ParentWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ParentWatch.class);
    private final String worker;
    private final Optional<ProcessLiveness> parent;
    private final Optional<InputStream> pipe;
    private final Duration interval;

    public ParentWatch(String worker, Optional<ProcessLiveness> parent, Optional<InputStream> pipe,
            Duration interval) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.parent = Objects.requireNonNull(parent, "parent");
        this.pipe = Objects.requireNonNull(pipe, "pipe");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
    }

    /** Starts the watches. */
    public void start() {
        parent.ifPresent(p -> daemon("automl-parent-watch", () -> poll(p)));
        pipe.ifPresent(in -> daemon("automl-parent-pipe", () -> drain(in)));
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    private void poll(ProcessLiveness p) {
        try {
            while (p.alive()) {
                Thread.sleep(interval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        lost("server process " + p.pid() + " is gone");
    }

    private void drain(InputStream in) {
        byte[] ignored = new byte[256];
        try {
            while (in.read(ignored) >= 0) {
                // the server writes nothing; anything read is discarded
            }
        } catch (IOException e) {
            LOG.error("worker {}: cannot read standard input, the server's pipe", worker, e);
        }
        lost("the server closed its end of standard input");
    }

    private void lost(String why) {
        LOG.error("worker {}: {}; exiting", worker, why);
        // no server is left to hand trials back to (their leases expire), so skip the shutdown hooks
        Runtime.getRuntime().halt(WorkerProcess.SERVER_LOST);
    }
}
