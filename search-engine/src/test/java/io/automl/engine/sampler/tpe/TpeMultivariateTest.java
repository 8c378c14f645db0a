package io.automl.engine.sampler.tpe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Sampler;
import io.automl.engine.sampler.RandomSampler;
import io.automl.engine.sampler.SamplerContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TPE in multivariate mode runs the sampler contract and beats random search. */
class TpeMultivariateTest extends SamplerContract {

    @Override
    protected Sampler create(long studySeed) {
        return new TpeSampler(Map.of("multivariate", true));
    }

    @Test
    void beatsRandomSearchOnBraninOverTwentySeeds() {
        double tpe = TpeSamplerTest.median(TpeSamplerTest.regrets(new TpeSampler(Map.of("multivariate", true))));
        double random = TpeSamplerTest.median(TpeSamplerTest.regrets(new RandomSampler()));
        assertTrue(tpe < random, "median regret multivariate tpe " + tpe + " vs random " + random);
    }
}
