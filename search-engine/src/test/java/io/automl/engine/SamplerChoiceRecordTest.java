package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runner records on each trial which sampler {@code auto} delegated it to, through two workers and across
 * the switch from gp to multivariate TPE; a sampler that proposes by itself leaves no record.
 */
class SamplerChoiceRecordTest {
    final TrialStore store = new InMemoryTrialStore();
    final StudyRunner runner = new StudyRunner(store, new SamplerRegistry(), new PrunerRegistry(), Clock.systemUTC());

    @AfterEach
    void close() {
        store.close();
    }

    private List<TrialSnapshot> run(SearchSpace space, int workers) {
        StudyRecord study = new StudyCatalog(store).openOrCreate(space, "{\"name\":\"" + space.name() + "\"}", "/tmp");
        runner.run(study, space, new BraninEvaluator(2, 0, Map.of()),
                new RunOptions(workers, 8, "test", Duration.ofSeconds(30), 2, true), StudyListener.NONE);
        return store.trials(study.id()).stream().sorted(Comparator.comparingInt(TrialSnapshot::number)).toList();
    }

    @Test
    void autoRecordsGpThenMultivariateTpeAndTheStudyShowsTheLatest() {
        SearchSpace space = Spaces.branin("auto-switch", Spaces.trials(18),
                new SamplerSpec("auto", 4, Map.of("gpTrials", 12)), PrunerSpec.none());
        List<TrialSnapshot> trials = run(space, 2);
        assertEquals(18, trials.size());
        long gp = trials.stream().filter(t -> "gp".equals(t.attributes().get(SamplerLabels.ATTRIBUTE))).count();
        long tpe = trials.stream().filter(t -> "tpe-mv".equals(t.attributes().get(SamplerLabels.ATTRIBUTE))).count();
        assertEquals(18, gp + tpe, trials.toString());
        // two workers: the switch comes once 12 trials have finished, so trial 12 or 13 is the first tpe-mv one
        assertEquals("gp", trials.get(11).attributes().get(SamplerLabels.ATTRIBUTE));
        assertEquals("tpe-mv", trials.get(17).attributes().get(SamplerLabels.ATTRIBUTE));
        assertEquals("auto (tpe-mv)", SamplerLabels.of("auto", trials));
        assertEquals("auto (gp)", SamplerLabels.of("auto", trials.subList(0, 12)));
        assertEquals("auto", SamplerLabels.of("auto", List.of()));
    }

    @Test
    void aSamplerThatProposesByItselfLeavesNoRecord() {
        List<TrialSnapshot> trials = run(Spaces.branin("random-plain", Spaces.trials(4), Spaces.random(1),
                PrunerSpec.none()), 1);
        assertFalse(trials.stream().anyMatch(t -> t.attributes().containsKey(SamplerLabels.ATTRIBUTE)));
        assertEquals("random", SamplerLabels.of("random", trials));
    }
}
