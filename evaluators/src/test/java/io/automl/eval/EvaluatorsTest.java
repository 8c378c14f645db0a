package io.automl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.engine.Evaluator;
import io.automl.engine.TrialPrunedException;
import io.automl.eval.command.CommandEvaluator;
import io.automl.eval.data.DatasetCache;
import io.automl.space.Budget;
import io.automl.space.Direction;
import io.automl.space.EvaluatorSpec;
import io.automl.space.Objective;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import io.automl.space.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorsTest {
    private final Evaluators factory = new Evaluators(new DatasetCache(), true);

    private static SearchSpace commandSpace(double timeout, String script) {
        return new SearchSpace("cmd", new Objective("score", Direction.MAXIMIZE), null, new Budget(1, 1, 0, 1, 0),
                new SamplerSpec("random", 1, Map.of()), PrunerSpec.none(), Optional.empty(),
                new EvaluatorSpec("command", List.of("sh", "-c", script), timeout), List.of(), Optional.empty());
    }

    private Evaluator command(String script, double timeout) {
        return factory.create(commandSpace(timeout, script), Path.of("."));
    }

    private static TestTrial trial() {
        return new TestTrial(new Config(Map.of("learningRate", 0.5, "optimizer", "sgd")), 42);
    }

    @Test
    void createsTheEvaluatorTheSpaceAsksFor() {
        SearchSpace dl4j = TestSpaces.space(TestSpaces.data("iris.csv", "none"), 1, "accuracy", Optional.empty());
        assertInstanceOf(Dl4jEvaluator.class, factory.create(dl4j, TestSpaces.BASE));
        assertInstanceOf(CommandEvaluator.class, command("true", 0));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> new Evaluators(new DatasetCache(), false).create(commandSpace(0, "true"), Path.of(".")));
        assertTrue(e.getMessage().contains("not allowed"));
    }

    @Test
    void commandReadsConfigReportsStepsAndReturnsItsFinalValue() throws Exception {
        String script = "read cfg; case \"$cfg\" in *'\"learningRate\":0.5'*) v=0.75;; *) v=0.1;; esac; "
                + "echo starting; echo \"{\\\"step\\\": 1, \\\"value\\\": 0.5}\"; "
                + "echo \"{\\\"step\\\": 2, \\\"value\\\": $v}\"; echo \"{\\\"value\\\": $v}\"; "
                + "[ \"$AUTOML_SEED\" = 42 ] || exit 3";
        TestTrial t = trial();
        Evaluation e = command(script, 10).evaluate(t);
        assertEquals(0.75, e.value());
        assertEquals(2, t.reports.size());
        assertEquals(0.75, t.reports.get(1)[1]);
        assertEquals(2, e.attributes().get("steps"));
    }

    @Test
    void nonZeroExitQuotesStderr() {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> command("echo 'loading data' >&2; echo 'CUDA out of memory' >&2; exit 2", 10).evaluate(trial()));
        assertEquals("command exited with status 2; last stderr lines:\nloading data\nCUDA out of memory",
                e.getMessage());
    }

    @Test
    void malformedAndMissingOutputFail() {
        EvaluationException bad = assertThrows(EvaluationException.class,
                () -> command("echo '{\"step\": 1, \"value\": \"high\"}'", 10).evaluate(trial()));
        assertTrue(bad.getMessage().startsWith("command printed a malformed line"), bad.getMessage());
        EvaluationException none = assertThrows(EvaluationException.class,
                () -> command("echo '{\"step\": 1, \"value\": 0.3}'", 10).evaluate(trial()));
        assertTrue(none.getMessage().startsWith("command printed no final"), none.getMessage());
    }

    @Test
    void timeoutKillsTheProgram() {
        long start = System.nanoTime();
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> command("echo 'waiting' >&2; sleep 30", 1).evaluate(trial()));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("command timed out; last stderr lines:\nwaiting", e.getMessage());
        assertTrue(seconds < 5, "took " + seconds);
    }

    @Test
    void pruningStopsTheProgram() throws Exception {
        // the program logs each step it reaches; once pruned it must reach no further step, however slow its start
        Path log = java.nio.file.Files.createTempFile("pruned-steps", ".log");
        String script = "i=1; while [ $i -le 50 ]; do echo $i >> '" + log + "'; "
                + "echo \"{\\\"step\\\": $i, \\\"value\\\": 0.$i}\"; sleep 0.05; i=$((i+1)); done; echo '{\"value\": 1}'";
        TestTrial t = new TestTrial(new Config(Map.of()), 1, 1, Optional.empty(), step -> step >= 2);
        TrialPrunedException e = assertThrows(TrialPrunedException.class, () -> command(script, 10).evaluate(t));
        assertEquals(2, t.reports.size());
        assertEquals(0.2, e.lastValue());
        long reached = java.nio.file.Files.readAllLines(log).size();
        Thread.sleep(500); // ten steps' time: a program still running would log more
        assertEquals(reached, java.nio.file.Files.readAllLines(log).size(), "the program went on after the prune");
        assertTrue(reached < 50, "the program ran to its end: " + reached);
        java.nio.file.Files.delete(log);
    }
}
