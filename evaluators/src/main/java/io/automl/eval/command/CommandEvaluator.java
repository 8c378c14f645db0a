package io.automl.eval.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.Evaluation;
import io.automl.engine.Evaluator;
import io.automl.engine.Trial;
import io.automl.eval.EvaluationException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates a trial by running a program: the command line runs in {@code workDir} with the trial's
 * configuration as a JSON object on stdin and the environment variables {@code AUTOML_TRIAL_NUMBER},
 * {@code AUTOML_SEED}, {@code AUTOML_THREADS} and {@code OMP_NUM_THREADS}. Each stdout line
 * {@code {"step": s, "value": v}} is reported to the trial (and the program is killed when the pruner
 * says stop); the last {@code {"value": v}} line is the result. Lines not starting with <code>{</code>
 * are ignored. A timeout (per trial, or the trial's deadline), a non-zero exit, a malformed protocol
 * line or a missing final value fail the trial with the last stderr lines in the message.
 *
 * <p>The program runs in a session of its own (util-linux {@code setsid}, where there is one) and the
 * whole session is killed with SIGKILL when the trial ends, however it ends: result, failure, timeout,
 * prune or interrupt (an interrupt is then rethrown as {@link InterruptedException}). The trial ends
 * at the end of stdout, or 2 seconds after the program exited when a child it left behind still holds
 * stdout. Output lines are cut at 64 KiB: a cut stdout line is never read as a value line (a note
 * quoting its start goes to the failure message's stderr tail instead) and a cut stderr line is kept
 * as its first 64 KiB and the marker {@code [line cut at 65536 bytes]}; the tail keeps the last 20
 * lines, so a trial's memory is bounded whatever the program prints.
 * Thread-safe: each call runs its own process.
 */
public final class CommandEvaluator implements Evaluator {
    private final List<String> command;
    private final Path workDir;
    private final double timeoutSeconds;
    private final Clock clock;
    private final Map<String, String> environment;
    private final ObjectMapper json = new ObjectMapper();
    private final Optional<Path> setsid = ProcessSession.findSetsid(System.getenv("PATH"));

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
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AUTOML_TRIAL_NUMBER", Integer.toString(trial.number()));
        env.put("AUTOML_SEED", Long.toString(trial.seed()));
        env.put("AUTOML_THREADS", Integer.toString(trial.threads()));
        env.put("OMP_NUM_THREADS", Integer.toString(trial.threads()));
        env.putAll(environment);
        byte[] input = json.writeValueAsBytes(trial.config().values());
        ProcessSession session;
        try {
            session = ProcessSession.start(command, workDir, env, setsid);
        } catch (IOException e) {
            throw new EvaluationException("cannot start command " + command + ": " + e.getMessage(), e);
        }
        byte[] line = Arrays.copyOf(input, input.length + 1);
        line[input.length] = '\n';
        return new TrialRun(trial, session, json, clock, end).evaluate(line, started);
    }

    private Instant endOf(Trial trial) {
        Instant end = timeoutSeconds > 0 ? clock.instant().plusMillis((long) (timeoutSeconds * 1000)) : null;
        if (trial.deadline().isPresent() && (end == null || trial.deadline().get().isBefore(end))) {
            end = trial.deadline().get();
        }
        return end;
    }
}
