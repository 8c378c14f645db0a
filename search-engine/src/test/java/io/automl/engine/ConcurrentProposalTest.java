package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerDescriptor;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two runs of one study (as two worker processes are) that read the same history at the same moment draw the same
 * seed, and a deterministic sampler then proposes the same configuration to both: the run that started its trial
 * second cancels it unrun and proposes again.
 */
class ConcurrentProposalTest {
    /** No options. */
    record None() {
    }

    /** Proposes configuration number {@code history size} of the space's 16; both runs meet at the first. */
    static final class Enumerating implements Sampler {
        private final CyclicBarrier bothReadTheEmptyStudy;

        Enumerating(CyclicBarrier barrier) {
            this.bothReadTheEmptyStudy = barrier;
        }

        @Override
        public Config sample(StudyView study, SearchSpace space, java.util.random.RandomGenerator random) {
            int i = study.trials().size();
            if (i == 0) {
                try {
                    bothReadTheEmptyStudy.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other run did not read the empty study", e);
                }
            }
            double[] x1 = {-5.0, 0.0, 3.14, 9.42};
            return new Config(Map.of("x1", x1[i % 4], "x2", 5 * ((i / 4) % 4)));
        }
    }

    @Test
    void theSecondOfTwoIdenticalConcurrentProposalsIsCancelledAndDrawnAgain() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        SamplerRegistry samplers = new SamplerRegistry().with(new SamplerDescriptor<>("random", new None(),
                (options, seed, space) -> new Enumerating(barrier)));
        String text = PluginsParserTest.space("{\"type\": \"random\"}", "{\"type\": \"none\"}", 6, 1)
                .replace("\"plugins\"", "\"twins\"");
        SearchSpace space = new SpaceParser(new SpaceParser.Options(true, false), Plugins.standard()).parse(text);
        try (InMemoryTrialStore store = new InMemoryTrialStore()) {
            StudyRecord study = new StudyCatalog(store).openOrCreate(space, text, "/tmp");
            // trial 0 is evaluated only once the other run has started its twin, so the budget is not spent first
            Evaluator branin = gated(new BraninEvaluator(1, 0, Map.of()), () -> store.trials(study.id()).size(), 1);
            List<CompletableFuture<StudyResult>> runs = List.of("a", "b").stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> new StudyRunner(store, samplers,
                            new PrunerRegistry(), Clock.systemUTC()).run(study, space,
                            branin, new RunOptions(1, 1, name, Duration.ofSeconds(30), 1,
                                    false), StudyListener.NONE)))
                    .toList();
            for (CompletableFuture<StudyResult> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
            List<TrialSnapshot> trials = store.trials(study.id());
            List<TrialSnapshot> cancelled = trials.stream().filter(t -> t.state() == TrialState.CANCELLED).toList();
            // both runs met at the first proposal; running on in step, they can meet again at a later one
            assertTrue(!cancelled.isEmpty(), trials.toString());
            assertTrue(cancelled.get(0).reason().startsWith("not run: trial 0 has the same configuration"),
                    cancelled.get(0).reason());
            assertEquals(trials.get(0).config(), cancelled.get(0).config());
            for (TrialSnapshot c : cancelled) {
                int twin = Integer.parseInt(c.reason().replaceAll("^not run: trial (\\d+) has the same.*", "$1"));
                assertTrue(twin < c.number() && trials.get(twin).config().equals(c.config())
                        && trials.get(twin).seed() == c.seed(), "a twin of trial " + twin + ": " + c);
            }
            List<TrialSnapshot> complete = trials.stream().filter(t -> t.state() == TrialState.COMPLETE).toList();
            assertEquals(6, complete.size(), trials.toString());
            assertEquals(6, complete.stream().map(TrialSnapshot::config).collect(Collectors.toSet()).size(),
                    "no configuration ran twice: " + trials);
        }
    }

    /**
     * {@code inner}, evaluating a trial numbered below {@code below} only once the study holds the trial after it
     * (the other run's twin of it).
     */
    static Evaluator gated(Evaluator inner, java.util.function.IntSupplier started, int below) {
        return trial -> {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (trial.number() < below && started.getAsInt() < trial.number() + 2) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the other run started no twin of trial " + trial.number());
                }
                Thread.sleep(5);
            }
            return inner.evaluate(trial);
        };
    }

    /**
     * Proposes the next configuration of the space's 16 not yet held by a trial that is not cancelled. For its first
     * {@code rounds} calls it meets the other run's sampler at a barrier; the losing side then waits until the other
     * side's trial is started, so that its own start is always the second of the two.
     */
    static final class Meeting implements Sampler {
        private final CyclicBarrier barrier;
        private final int rounds;
        private final java.util.function.IntSupplier startedTrials;
        private final boolean loses;
        private int calls;

        Meeting(CyclicBarrier barrier, int rounds, java.util.function.IntSupplier startedTrials, boolean loses) {
            this.barrier = barrier;
            this.rounds = rounds;
            this.startedTrials = startedTrials;
            this.loses = loses;
        }

        @Override
        public Config sample(StudyView study, SearchSpace space, java.util.random.RandomGenerator random) {
            int held = (int) study.trials().stream().filter(t -> t.state() != TrialState.CANCELLED)
                    .map(TrialSnapshot::config).distinct().count();
            if (++calls <= rounds) {
                try {
                    barrier.await(20, TimeUnit.SECONDS);
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (loses && startedTrials.getAsInt() <= study.size()) {
                        if (System.nanoTime() > until) {
                            throw new IllegalStateException("the other run started no trial");
                        }
                        Thread.sleep(5);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("the other run did not propose", e);
                }
            }
            double[] x1 = {-5.0, 0.0, 3.14, 9.42};
            return new Config(Map.of("x1", x1[held % 4], "x2", 5 * ((held / 4) % 4)));
        }
    }

    /**
     * A run that loses the race to the same proposal many times in a row (more often than any fixed number of
     * retries) cancels its twin every time and never trains a configuration another trial already has.
     */
    @Test
    void aRunThatMeetsATwinInEveryRoundNeverRunsTheSameConfiguration() throws Exception {
        int rounds = 6;
        CyclicBarrier barrier = new CyclicBarrier(2);
        String text = PluginsParserTest.space("{\"type\": \"random\"}", "{\"type\": \"none\"}", 10, 1)
                .replace("\"plugins\"", "\"twin-rounds\"");
        SearchSpace space = new SpaceParser(new SpaceParser.Options(true, false), Plugins.standard()).parse(text);
        try (InMemoryTrialStore store = new InMemoryTrialStore()) {
            StudyRecord study = new StudyCatalog(store).openOrCreate(space, text, "/tmp");
            java.util.function.IntSupplier started = () -> store.trials(study.id()).size();
            Evaluator branin = new BraninEvaluator(1, 0, Map.of());
            // the winner reads the study again only once the loser has started its twin, so both read the same history
            Evaluator winner = gated(branin, started, 2 * rounds);
            List<CompletableFuture<StudyResult>> runs = List.of(true, false).stream()
                    .map(loses -> CompletableFuture.supplyAsync(() -> new StudyRunner(store,
                            new SamplerRegistry().with(new SamplerDescriptor<>("random", new None(),
                                    (options, seed, s) -> new Meeting(barrier, rounds, started, loses))),
                            new PrunerRegistry(), Clock.systemUTC()).run(study, space, loses ? branin : winner,
                            new RunOptions(1, 1, loses ? "loser" : "winner", Duration.ofSeconds(30), 1, false),
                            StudyListener.NONE)))
                    .toList();
            for (CompletableFuture<StudyResult> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
            List<TrialSnapshot> trials = store.trials(study.id());
            List<TrialSnapshot> cancelled = trials.stream().filter(t -> t.state() == TrialState.CANCELLED).toList();
            assertTrue(cancelled.size() >= rounds, trials.toString());
            // the first rounds are lost by the same run; in step after them, either run may lose a later meeting
            assertTrue(cancelled.subList(0, rounds).stream().allMatch(t -> t.worker().startsWith("loser")),
                    cancelled.toString());
            assertTrue(cancelled.stream().allMatch(t -> t.reason().contains("has the same configuration")),
                    cancelled.toString());
            List<TrialSnapshot> complete = trials.stream().filter(t -> t.state() == TrialState.COMPLETE).toList();
            assertEquals(10, complete.size(), trials.toString());
            assertEquals(10, complete.stream().map(TrialSnapshot::config).collect(Collectors.toSet()).size(),
                    "no configuration ran twice: " + trials);
        }
    }

    /**
     * A process that dies between starting a twin and its twin check leaves both twins running; both go back to
     * WAITING, and the later one is cancelled unrun when claimed instead of training the same configuration again.
     */
    @Test
    void aRetriedTwinOfAnEarlierTrialIsCancelledWhenClaimed() throws Exception {
        SamplerRegistry samplers = new SamplerRegistry().with(new SamplerDescriptor<>("random", new None(),
                (options, seed, space) -> new Enumerating(new CyclicBarrier(1))));
        String text = PluginsParserTest.space("{\"type\": \"random\"}", "{\"type\": \"none\"}", 4, 1)
                .replace("\"plugins\"", "\"retried-twins\"");
        SearchSpace space = new SpaceParser(new SpaceParser.Options(true, false), Plugins.standard()).parse(text);
        try (InMemoryTrialStore store = new InMemoryTrialStore()) {
            StudyRecord study = new StudyCatalog(store).openOrCreate(space, text, "/tmp");
            Config twin = new Config(Map.of("x1", -5.0, "x2", 0));
            store.startTrial(study.id(), 4, twin, 42L, "dead-0", Duration.ofMinutes(1)).orElseThrow();
            store.startTrial(study.id(), 4, twin, 42L, "dead-1", Duration.ofMinutes(1)).orElseThrow();
            assertEquals(2, store.releaseRunning(study.id(), null, 3, "the process died"));
            new StudyRunner(store, samplers, new PrunerRegistry(), Clock.systemUTC()).run(study, space,
                    new BraninEvaluator(1, 0, Map.of()), new RunOptions(1, 1, "alive", Duration.ofSeconds(30), 3,
                            false), StudyListener.NONE);
            List<TrialSnapshot> trials = store.trials(study.id());
            assertEquals(TrialState.COMPLETE, trials.get(0).state(), trials.toString());
            assertEquals(1, trials.get(0).attempt());
            assertEquals(TrialState.CANCELLED, trials.get(1).state(), trials.toString());
            assertTrue(trials.get(1).reason().startsWith("not run: trial 0 has the same configuration"),
                    trials.get(1).reason());
            List<TrialSnapshot> complete = trials.stream().filter(t -> t.state() == TrialState.COMPLETE).toList();
            assertEquals(4, complete.size(), trials.toString());
            assertEquals(4, complete.stream().map(TrialSnapshot::config).collect(Collectors.toSet()).size(),
                    "no configuration ran twice: " + trials);
        }
    }
}
