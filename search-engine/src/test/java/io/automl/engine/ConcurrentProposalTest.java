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
            List<CompletableFuture<StudyResult>> runs = List.of("a", "b").stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> new StudyRunner(store, samplers,
                            new PrunerRegistry(), Clock.systemUTC()).run(study, space,
                            new BraninEvaluator(1, 0, Map.of()), new RunOptions(1, 1, name, Duration.ofSeconds(30), 1,
                                    false), StudyListener.NONE)))
                    .toList();
            for (CompletableFuture<StudyResult> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
            List<TrialSnapshot> trials = store.trials(study.id());
            List<TrialSnapshot> cancelled = trials.stream().filter(t -> t.state() == TrialState.CANCELLED).toList();
            assertEquals(1, cancelled.size(), trials.toString());
            // the other run may have started a few more trials before the second start (the cancelled one) landed
            assertTrue(cancelled.get(0).reason().startsWith("not run: trial 0 has the same configuration"),
                    cancelled.get(0).reason());
            assertEquals(trials.get(0).config(), cancelled.get(0).config());
            List<TrialSnapshot> complete = trials.stream().filter(t -> t.state() == TrialState.COMPLETE).toList();
            assertEquals(6, complete.size(), trials.toString());
            assertEquals(6, complete.stream().map(TrialSnapshot::config).collect(Collectors.toSet()).size(),
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
