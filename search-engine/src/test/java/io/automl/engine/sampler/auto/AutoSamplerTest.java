package io.automl.engine.sampler.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Sampler;
import io.automl.engine.sampler.ContractSpaces;
import io.automl.engine.sampler.History;
import io.automl.engine.sampler.SamplerContract;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.engine.sampler.auto.AutoSampler.Choice;
import io.automl.engine.sampler.gp.GpSampler;
import io.automl.engine.sampler.nsga2.Nsga2Options;
import io.automl.engine.sampler.nsga2.Nsga2Sampler;
import io.automl.engine.sampler.tpe.TpeSampler;
import io.automl.space.Budget;
import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.EvaluatorSpec;
import io.automl.space.FloatRange;
import io.automl.space.Objective;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The auto sampler runs the sampler contract (switching from gp to multivariate TPE after 30 trials, inside the
 * contract's runs), chooses by the rules it documents and proposes exactly what the chosen sampler would.
 */
class AutoSamplerTest extends SamplerContract {

    @Override
    protected Sampler create(long studySeed) {
        return new AutoSampler(new AutoOptions(30, 16, 0.5), studySeed);
    }

    @Test
    void aNumericSpaceGetsTheGpUntilTheSwitchThenMultivariateTpeWhichProposesAsTpeWould() {
        SearchSpace space = ContractSpaces.branin();
        AutoSampler auto = new AutoSampler(new AutoOptions(12, 16, 0.5), 3);
        GpSampler gp = new GpSampler(Map.of(), 3);
        TpeSampler tpeMv = new TpeSampler(Map.of("multivariate", true));
        History history = new History(Direction.MINIMIZE);
        for (int i = 0; i < 16; i++) {
            Choice expected = i < 12 ? Choice.GP : Choice.TPE_MULTIVARIATE;
            assertEquals(expected, auto.choose(history, space), "trial " + i);
            assertEquals(Optional.of(expected.label()), auto.delegate(history, space));
            Sampler same = i < 12 ? gp : tpeMv;
            Config c = auto.sample(history, space, new SplittableRandom(i));
            assertEquals(same.sample(history, space, new SplittableRandom(i)), c, "trial " + i);
            history.complete(c, ContractSpaces.branin(c));
        }
    }

    @Test
    void mostlyCategoricalSpacesGetTpeAndVeryParallelStudiesMultivariateTpe() {
        AutoSampler auto = new AutoSampler(AutoOptions.defaults(), 1);
        History empty = new History(Direction.MINIMIZE);
        SearchSpace categorical = space(1, List.of(
                new Param("a", new Categorical(List.of("x", "y", "z")), Condition.ALWAYS),
                new Param("b", new Categorical(List.of(1, 2)), Condition.ALWAYS),
                new Param("lr", new FloatRange(1e-4, 1, true, 0), Condition.ALWAYS)));
        assertEquals(Choice.TPE, auto.choose(empty, categorical));
        SearchSpace halfNumeric = space(16, List.of(
                new Param("a", new Categorical(List.of("x", "y", "z")), Condition.ALWAYS),
                new Param("lr", new FloatRange(1e-4, 1, true, 0), Condition.ALWAYS)));
        assertEquals(Choice.GP, auto.choose(empty, halfNumeric), "half categorical, 16 workers");
        SearchSpace parallel = space(17, halfNumeric.params());
        assertEquals(Choice.TPE_MULTIVARIATE, auto.choose(empty, parallel));
        assertEquals(Choice.GP, auto.choose(empty, ContractSpaces.mixed()), "the contract's mixed space");
    }

    @Test
    void aSpaceWithSeveralObjectivesGetsNsga2WhichProposesAsNsga2Would() {
        List<Param> params = List.of(new Param("x0", new FloatRange(0, 1, false, 0), Condition.ALWAYS),
                new Param("x1", new FloatRange(0, 1, false, 0), Condition.ALWAYS));
        SearchSpace two = new SearchSpace("auto2", List.of(new Objective("f1", Direction.MINIMIZE, 1.1),
                new Objective("f2", Direction.MINIMIZE, 11.0)), List.of(), null, new Budget(100, 1, 0, 1, 0),
                new SamplerSpec("auto", 0, Map.of()), PrunerSpec.none(), Optional.empty(), EvaluatorSpec.library(),
                params, Optional.empty());
        AutoSampler auto = new AutoSampler(AutoOptions.defaults(), 5);
        History empty = new History(Direction.MINIMIZE);
        assertEquals(Choice.NSGA2, auto.choose(empty, two));
        assertEquals(Optional.of("nsga2"), auto.delegate(empty, two));
        Sampler nsga2 = new Nsga2Sampler(Nsga2Options.defaults(), 100);
        assertEquals(nsga2.sample(empty, two, new SplittableRandom(9)), auto.sample(empty, two,
                new SplittableRandom(9)));
    }

    @Test
    void isTheRegisteredDefaultWithItsOptionsChecked() {
        SamplerRegistry registry = new SamplerRegistry();
        assertEquals("auto", SamplerSpec.DEFAULT_TYPE);
        AutoSampler auto = (AutoSampler) registry.create(new SamplerSpec("auto", 3, Map.of("gpTrials", 50)),
                ContractSpaces.branin());
        assertEquals(50, auto.options().gpTrials());
        SamplerSpec bad = new SamplerSpec("auto", 3, Map.of("categoricalShare", 2.0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create(bad, ContractSpaces.branin()))
                .getMessage().contains("categoricalShare"));
    }

    private static SearchSpace space(int parallelism, List<Param> params) {
        return new SearchSpace("auto", new Objective("score", Direction.MINIMIZE), null,
                new Budget(100, 9, 0, parallelism, 0), new SamplerSpec("auto", 1, Map.of()), PrunerSpec.none(),
                Optional.empty(), EvaluatorSpec.dl4j(), params, Optional.empty());
    }
}
