package io.automl.eval.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.Evaluation;
import io.automl.engine.Evaluator;
import io.automl.engine.Trial;
import io.automl.engine.TrialPrunedException;
import io.automl.eval.EvaluationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates a trial by running a program: the command line runs in {@code workDir} with the trial's
 * configuration as a JSON object on stdin and the environment variables {@code AUTOML_TRIAL_NUMBER},
 * {@code AUTOML_SEED}, {@code AUTOML_THREADS} and {@code OMP_NUM_THREADS}. Each stdout line
 * {@code {"step": s, "value": v}} is reported to the trial (and the program is killed when the pruner
 * says stop); the last {@code {"value": v}} line is the result. Lines not starting with <code>{</code>
 * are ignored. A timeout (per trial, or the trial's deadline), a non-zero exit, a malformed protocol
 * line or a missing final value fail the trial with the last stderr lines in the message.
 * Thread-safe: each call runs its own process.
 */
public final class CommandEvaluator implements Evaluator {
    private static final String EOF = new String("<eof>");
    private static final int STDERR_LINES = 20;
    private final List<String> command;
    private final Path workDir;
    private final double timeoutSeconds;
    private final Clock clock;
    private final Map<String, String> environment;
    private final ObjectMapper json = new ObjectMapper();

    /** Runs {@code command} in {@code workDir}, killing it after {@code timeoutSeconds} (0: no limit). */
    public CommandEvaluator(List<String> command, Path workDir, double timeoutSeconds, Clock clock) {
        this(command, workDir, timeoutSeconds, clock, Map.of());
    }

    /**
     * As above, with {@code environment} added to each program's environment (such as the device slot's
     * {@code CUDA_VISIBLE_DEVICES}).
     */
    public CommandEvaluator(List<String> command, Path workDir, double timeoutSeconds, Clock clock,
            Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.command = List.copyOf(command);
        if (this.command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("timeoutSeconds must be >= 0: " + timeoutSeconds);
        }
        this.timeoutSeconds = timeoutSeconds;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Evaluation evaluate(Trial trial) throws Exception {
        long started = System.nanoTime();
        Instant end = endOf(trial);
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().put("AUTOML_TRIAL_NUMBER", Integer.toString(trial.number()));
        pb.environment().put("AUTOML_SEED", Long.toString(trial.seed()));
        pb.environment().put("AUTOML_THREADS", Integer.toString(trial.threads()));
        pb.environment().put("OMP_NUM_THREADS", Integer.toString(trial.threads()));
        pb.environment().putAll(environment);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new EvaluationException("cannot start command " + command + ": " + e.getMessage(), e);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        StreamPump out = new StreamPump(p.getInputStream(), "trial-" + trial.number() + "-stdout", 5, lines::add,
                () -> lines.add(EOF));
        StreamPump err = new StreamPump(p.getErrorStream(), "trial-" + trial.number() + "-stderr", STDERR_LINES,
                l -> { }, () -> { });
        out.start();
        err.start();
        IOException stdinError = null;
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write(json.writeValueAsBytes(trial.config().values()));
            stdin.write('\n');
        } catch (IOException e) {
            stdinError = e; // a program may exit without reading its input: its exit status decides
        }
        try {
            return run(trial, p, lines, err, end, started);
        } catch (EvaluationException e) {
            if (stdinError != null) {
                e.addSuppressed(stdinError);
            }
            throw e;
        } finally {
            if (p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    private Evaluation run(Trial trial, Process p, BlockingQueue<String> lines, StreamPump err, Instant end,
            long started) throws EvaluationException, TrialPrunedException, InterruptedException {
        Double last = null;
        Double finalValue = null;
        int steps = 0;
        while (true) {
            String line = next(lines, end, err, p);
            if (line == EOF) {
                break;
            }
            if (!OutputLine.isProtocol(line)) {
                continue;
            }
            OutputLine o = OutputLine.parse(json, line);
            if (o.step() == null) {
                finalValue = o.value();
                continue;
            }
            steps++;
            last = o.value();
            trial.report(o.step(), o.value());
            if (trial.shouldPrune()) {
                throw new TrialPrunedException(o.step(), last);
            }
        }
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            throw failure("command closed its output but did not exit", err);
        }
        err.join(1000);
        if (p.exitValue() != 0) {
            throw failure("command exited with status " + p.exitValue(), err);
        }
        if (finalValue == null) {
            throw failure("command printed no final {\"value\": v} line", err);
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("steps", steps);
        attrs.put("train_seconds", (System.nanoTime() - started) / 1e9);
        attrs.put("seed", trial.seed());
        attrs.put("threads", trial.threads());
        attrs.put("device", "cpu");
        return new Evaluation(finalValue, attrs, Map.of());
    }

    private String next(BlockingQueue<String> lines, Instant end, StreamPump err, Process p)
            throws InterruptedException, EvaluationException {
        while (true) {
            long waitMs = end == null ? 1000 : Math.min(1000, end.toEpochMilli() - clock.millis());
            if (waitMs <= 0) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                err.join(1000);
                throw failure("command timed out", err);
            }
            String line = lines.poll(waitMs, TimeUnit.MILLISECONDS);
            if (line != null) {
                return line;
            }
        }
    }

    private Instant endOf(Trial trial) {
        Instant end = timeoutSeconds > 0 ? clock.instant().plusMillis((long) (timeoutSeconds * 1000)) : null;
        if (trial.deadline().isPresent() && (end == null || trial.deadline().get().isBefore(end))) {
            end = trial.deadline().get();
        }
        return end;
    }

    private static EvaluationException failure(String what, StreamPump err) {
        String tail = err.tail();
        return new EvaluationException(tail.isEmpty() ? what + " (stderr was empty)"
                : what + "; last stderr lines:\n" + tail);
    }
}
