package io.automl.engine.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Importance on histories whose truth is known: the objective is 10 x learningRate-ish signal plus noise; the
 * batch size and a conditional momentum (present only for sgd) carry no signal.
 */
class ParameterImportanceTest {

    static List<TrialSnapshot> history(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TrialSnapshot> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            double x = r.nextDouble();
            c.put("x", x);
            c.put("batchSize", List.of(32, 64, 128).get(r.nextInt(3)));
            String opt = List.of("adam", "sgd").get(r.nextInt(2));
            c.put("optimizer", opt);
            if (opt.equals("sgd")) {
                c.put("momentum", 0.5 + 0.49 * r.nextDouble());
            }
            double value = 10 * x + r.nextGaussian();
            out.add(new TrialSnapshot(i, 1, i, TrialState.COMPLETE, new Config(c), 0, value, new TreeMap<>(),
                    Map.of(), null, null, 0, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH));
        }
        // a failed trial and a running one are ignored
        out.add(new TrialSnapshot(n, 1, n, TrialState.FAILED, new Config(Map.of("x", 0.5)), 0, null, new TreeMap<>(),
                Map.of(), "boom", null, 0, Instant.EPOCH, null, null));
        return out;
    }

    @Test
    void theParameterThatDrivesTheObjectiveRanksFirstAndNoiseGetsLittle() {
        ParameterImportance.Result r = ParameterImportance.of(history(300, 1));
        assertEquals(300, r.trials());
        assertNull(r.warning());
        assertEquals("x", r.parameters().get(0).parameter(), r.toString());
        assertTrue(r.parameters().get(0).share() > 0.9, r.toString());
        for (ParameterImportance.Entry e : r.parameters().subList(1, r.parameters().size())) {
            assertTrue(e.share() < 0.05, e.toString());
        }
        ParameterImportance.Entry momentum = r.parameters().stream().filter(e -> e.parameter().equals("momentum"))
                .findFirst().orElseThrow();
        assertTrue(momentum.present() > 100 && momentum.present() < 200, momentum.toString());
        assertEquals(1.0, r.parameters().stream().mapToDouble(ParameterImportance.Entry::share).sum(), 1e-9);
        assertTrue(r.method().startsWith("omega squared"), r.method());
    }

    @Test
    void aConditionalParameterOnFewTrialsDoesNotRankFirstAndTheResultWarns() {
        int conditionalFirst = 0;
        for (long seed = 0; seed < 50; seed++) {
            ParameterImportance.Result r = ParameterImportance.of(history(12, seed));
            assertEquals("only 12 complete trials: the ranking needs at least 20 to tell importance from noise",
                    r.warning());
            if (!r.parameters().isEmpty() && r.parameters().get(0).parameter().equals("momentum")
                    && r.parameters().get(0).share() > 0) {
                conditionalFirst++;
            }
        }
        assertTrue(conditionalFirst <= 5, "momentum ranked first on " + conditionalFirst + " of 50 histories");
    }

    @Test
    void omegaSquaredIsZeroWithoutSignalAndNearOneWithPureSignal() {
        double[] y = {1, 1, 1, 5, 5, 5};
        int[] bins = {0, 0, 0, 1, 1, 1};
        assertEquals(1.0, ParameterImportance.omegaSquared(y, bins, 2), 1e-9);
        assertEquals(0.0, ParameterImportance.omegaSquared(new double[] {1, 5, 1, 5}, new int[] {0, 0, 1, 1}, 2));
        assertEquals(0.0, ParameterImportance.omegaSquared(new double[] {1, 2}, new int[] {0, 1}, 2));
    }
}
