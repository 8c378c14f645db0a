package io.automl.engine.sampler.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Sampler;
import io.automl.engine.sampler.ContractSpaces;
import io.automl.engine.sampler.SamplerContract;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Regularized evolution runs the sampler contract and mutates one dimension at a time. */
class EvolutionSamplerTest extends SamplerContract {

    @Override
    protected Sampler create(long studySeed) {
        return new EvolutionSampler(Map.of("population", 10, "sampleSize", 3));
    }

    @Test
    void aChildDiffersFromItsParentInOneChoiceAndRepeatCountsStepByOne() {
        SearchSpace space = ContractSpaces.mixed();
        EvolutionSampler sampler = new EvolutionSampler(Map.of());
        List<Config> parents = run(4, 20);
        int repeatSteps = 0;
        for (int k = 0; k < 200; k++) {
            Config parent = parents.get(k % parents.size());
            Config child = sampler.mutate(parent, space, new SplittableRandom(k));
            assertEquals(List.of(), space.validate(child));
            int before = parent.getInt("arch.b0.repeat");
            int after = child.getInt("arch.b0.repeat");
            assertTrue(Math.abs(after - before) <= 1, before + " -> " + after);
            Set<String> changed = new HashSet<>();
            for (String key : parent.values().keySet()) {
                if (child.has(key) && !child.get(key).equals(parent.get(key))) {
                    changed.add(key);
                }
            }
            assertTrue(changed.size() <= 1, "changed " + changed);
            if (after != before) {
                repeatSteps++;
                assertEquals(Set.of("arch.b0.repeat"), changed);
            }
        }
        assertTrue(repeatSteps > 5, "repeat counts are mutated too: " + repeatSteps);
    }

    @Test
    void childrenAreNewConfigurationsOnceThePopulationIsFull() {
        List<Config> configs = run(9, 60);
        assertEquals(60, new HashSet<>(configs).size());
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new EvolutionSampler(Map.of("populaton", 3)));
        assertThrows(IllegalArgumentException.class, () -> new EvolutionSampler(Map.of("sampleSize", 30)));
    }
}
