package io.automl.eval.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.engine.Evaluation;
import io.automl.engine.Trial;
import io.automl.engine.TrialPrunedException;
import io.automl.eval.EvaluationException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One run of a trial's program: feeds it the configuration, reads its value lines as they come, and
 * ends it. Whatever the outcome (a result, a failure, a timeout, a prune, an interrupt) the program's
 * whole session is killed and both stream pumps have ended when {@link #evaluate} returns. Memory is
 * bounded whatever the program prints: lines are cut at {@link #LINE_BYTES}, stdout value lines wait in
 * a bounded queue (a program that prints faster than they are stored waits), stderr keeps its last
 * {@link #TAIL_LINES} lines. Used by one thread, once.
 */
final class TrialRun {
    /** The most bytes kept of one output line. */
    static final int LINE_BYTES = 64 * 1024;
    /** How many stderr lines (and notes) a failure message quotes. */
    static final int TAIL_LINES = 20;
    /** How long the output may stay open after the program exited (a child may hold it). */
    static final Duration EXIT_GRACE = Duration.ofSeconds(2);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    private static final long PUMP_JOIN_MS = 2000;
    private static final String EOF = new String("<eof>");

    private final Trial trial;
    private final ProcessSession session;
    private final Process process;
    private final ObjectMapper json;
    private final Clock clock;
    private final Instant end;
    private final OutputTail tail = new OutputTail(TAIL_LINES);
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(64);
    private final StreamPump out;
    private final StreamPump err;
    private volatile boolean killing;
    private boolean stopped;
    private long exitedAt = -1;
    private long killedAt = -1;

    TrialRun(Trial trial, ProcessSession session, ObjectMapper json, Clock clock, Instant end) {
        this.trial = trial;
        this.session = session;
        this.process = session.process();
        this.json = json;
        this.clock = clock;
        this.end = end;
        String name = "trial-" + trial.number() + "-";
        this.out = new StreamPump(process.getInputStream(), name + "stdout", LINE_BYTES, this::ended, tail,
                new StreamPump.Sink() {
                    @Override
                    public void accept(Line line) throws InterruptedException {
                        if (line.cut()) {
                            tail.add("[stdout line cut at " + LINE_BYTES + " bytes, not read as a value line: "
                                    + abbreviate(line.text()) + "]");
                        } else if (OutputLine.isProtocol(line.text())) {
                            lines.put(line.text());
                        }
                    }

                    @Override
                    public void end() throws InterruptedException {
                        lines.put(EOF);
                    }
                });
        this.err = new StreamPump(process.getErrorStream(), name + "stderr", LINE_BYTES, this::ended, tail,
                new StreamPump.Sink() {
                    @Override
                    public void accept(Line line) {
                        tail.add(line.cut() ? line.text() + " [line cut at " + LINE_BYTES + " bytes]" : line.text());
                    }

                    @Override
                    public void end() {
                    }
                });
    }

    /** Runs the program to its end with {@code input} on its stdin. */
    Evaluation evaluate(byte[] input, long started) throws Exception {
        out.start();
        err.start();
        IOException stdinError = null;
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException e) {
            stdinError = e; // a program may exit without reading its input: its exit status decides
        }
        try {
            return collect(started);
        } catch (EvaluationException e) {
            if (stdinError != null) {
                e.addSuppressed(stdinError);
            }
            throw e;
        } finally {
            stop();
        }
    }

    private Evaluation collect(long started) throws EvaluationException, TrialPrunedException, InterruptedException {
        Double finalValue = null;
        Map<String, Double> finalValues = Map.of();
        int steps = 0;
        for (String line = next(); line != EOF; line = next()) {
            OutputLine o = OutputLine.parse(json, line);
            if (o.step() == null) {
                finalValue = o.value();
                finalValues = o.values();
                continue;
            }
            steps++;
            trial.report(o.step(), o.value());
            if (trial.shouldPrune()) {
                throw new TrialPrunedException(o.step(), o.value());
            }
        }
        boolean exited = process.waitFor(5, TimeUnit.SECONDS);
        stop();
        if (!exited) {
            throw failure("command closed its output but did not exit");
        }
        if (process.exitValue() != 0) {
            throw failure("command exited with status " + process.exitValue());
        }
        if (finalValue == null) {
            throw failure("command printed no final {\"value\": v} or {\"values\": {...}} line");
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("steps", steps);
        attrs.put("train_seconds", (System.nanoTime() - started) / 1e9);
        attrs.put("seed", trial.seed());
        attrs.put("threads", trial.threads());
        attrs.put("device", "cpu");
        finalValues.forEach(attrs::putIfAbsent);
        return new Evaluation(finalValue, attrs, Map.of(), finalValues);
    }

    /**
     * The next value line, or EOF: at the end of stdout, or {@link #EXIT_GRACE} after the program exited
     * while a child holds stdout (the session is killed then, and what it printed until then is read).
     */
    private String next() throws InterruptedException, EvaluationException {
        while (true) {
            long waitMs = 100;
            if (end != null) {
                waitMs = Math.min(waitMs, end.toEpochMilli() - clock.millis());
                if (waitMs <= 0) {
                    stop();
                    throw failure("command timed out");
                }
            }
            if (exitedAt < 0 && !process.isAlive()) {
                exitedAt = System.nanoTime();
            }
            if (killedAt < 0 && exitedAt >= 0 && System.nanoTime() - exitedAt >= EXIT_GRACE.toNanos()) {
                kill();
                killedAt = System.nanoTime();
            }
            if (killedAt >= 0 && System.nanoTime() - killedAt >= EXIT_GRACE.toNanos()) {
                return EOF; // a process outside the session holds stdout
            }
            String line = lines.poll(waitMs, TimeUnit.MILLISECONDS);
            if (line != null) {
                return line;
            }
        }
    }

    private boolean ended() {
        return killing || !process.isAlive();
    }

    private void kill() {
        killing = true;
        session.kill(KILL_WAIT);
    }

    /**
     * Kills the session and waits for the pumps (the stdout pump is told to drop what is left). An interrupt
     * meanwhile does not cut this short; it is restored for the caller.
     */
    private void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        kill();
        out.interrupt();
        boolean interrupted = false;
        for (StreamPump pump : new StreamPump[] {out, err}) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PUMP_JOIN_MS);
            for (long left = PUMP_JOIN_MS; left > 0; left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())) {
                try {
                    if (pump.join(left)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true; // restored below, once the pumps are done
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private EvaluationException failure(String what) {
        String text = tail.text();
        return new EvaluationException(text.isEmpty() ? what + " (stderr was empty)"
                : what + "; last stderr lines:\n" + text);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
