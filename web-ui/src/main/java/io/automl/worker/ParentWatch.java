package io.automl.worker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a worker process whose parent (the server that spawned it) is gone, so that a killed server leaves
 * no orphaned workers: checks every second and halts with {@link WorkerProcess#SERVER_LOST}; the server
 * that comes back frees the orphan's trials by lease expiry. Runs on its own daemon thread.
 */
public final class ParentWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ParentWatch.class);
    private final long parentPid;
    private final String worker;

    public ParentWatch(long parentPid, String worker) {
        this.parentPid = parentPid;
        this.worker = worker;
    }

    /** Starts watching. */
    public void start() {
        Thread t = new Thread(this::watch, "automl-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private void watch() {
        while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.error("worker {}: server process {} is gone; exiting", worker, parentPid);
        // no server is left to hand trials back to (their leases expire), so skip the shutdown hooks
        Runtime.getRuntime().halt(WorkerProcess.SERVER_LOST);
    }
}
