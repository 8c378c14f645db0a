package io.automl.cli;

import io.automl.engine.StudyListener;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Objective;
import java.util.Locale;

/**
 * Live progress on standard error: on a terminal one redrawn line (trials done/total, best so far,
 * elapsed, ETA); elsewhere one line per finished trial. Called from worker threads; synchronized.
 */
final class ProgressBar implements StudyListener {
    private static final int WIDTH = 24;
    private final Console console;
    private final int total;
    private final Objective objective;
    private final long startNanos = System.nanoTime();
    private final int alreadyDone;
    private int done;
    private int running;
    private Double best;

    ProgressBar(Console console, int total, Objective objective, int alreadyDone) {
        this.console = console;
        this.total = total;
        this.objective = objective;
        this.alreadyDone = alreadyDone;
        this.done = alreadyDone;
    }

    @Override
    public synchronized void trialStarted(TrialSnapshot t) {
        running++;
        if (console.interactive()) {
            draw();
        }
    }

    @Override
    public synchronized void trialFinished(TrialSnapshot t) {
        running = Math.max(0, running - 1);
        done++;
        if (t.state() == TrialState.COMPLETE && t.value() != null && (best == null || objective.better(t.value(), best))) {
            best = t.value();
        }
        if (console.interactive()) {
            draw();
        } else {
            console.err().println(String.format(Locale.ROOT, "trial %d %s%s%s | %d/%d | best %s | %s elapsed",
                    t.number(), t.state().name().toLowerCase(Locale.ROOT),
                    t.value() == null ? "" : String.format(Locale.ROOT, " %.4f", t.value()),
                    t.reason() == null ? "" : " (" + t.reason() + ")", done, total, Reports.num(best), clock(elapsed())));
        }
    }

    /** Ends the live line. */
    synchronized void done() {
        if (console.interactive()) {
            draw();
            console.err().println();
        }
    }

    private void draw() {
        int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
        double elapsed = elapsed();
        int newlyDone = done - alreadyDone;
        String eta = newlyDone > 0 && done < total ? clock(elapsed / newlyDone * (total - done)) : "--:--";
        console.err().print(String.format(Locale.ROOT, "\r[%s%s] %d/%d trials, %d running | best %s | %s elapsed | ETA %s ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, running, Reports.num(best),
                clock(elapsed), eta));
        console.err().flush();
    }

    private double elapsed() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
