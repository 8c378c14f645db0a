package io.automl.engine.sampler.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.automl.engine.TrialState;
import io.automl.engine.sampler.ContractSpaces;
import io.automl.engine.sampler.History;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.SearchSpace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the history is ranked and divided into good and bad observations. */
class SplitTest {
    private final SearchSpace space = ContractSpaces.branin();

    @Test
    void ranksCompleteThenPrunedByStepThenSilentPrunedThenRunning() {
        History h = new History(Direction.MAXIMIZE);
        h.add(TrialState.RUNNING, at(0), 0, null, History.curve());
        h.add(TrialState.PRUNED, at(1), 1, null, History.curve());
        h.add(TrialState.PRUNED, at(2), 2, null, History.curve(0.1, 0.2));
        h.add(TrialState.PRUNED, at(3), 3, null, History.curve(0.9));
        h.complete(at(4), 0.5);
        h.complete(at(5), 0.7);
        h.add(TrialState.FAILED, at(6), 6, null, History.curve());
        for (int i = 7; i < 16; i++) {
            h.complete(at(i), -i);
        }
        TpeOptions options = TpeOptions.defaults();
        Split split = Split.of(h.trials(), space, Direction.MAXIMIZE, options);
        assertEquals(14, split.finished(), "complete and pruned trials count, running and failed ones do not");
        assertEquals(List.of(4.0, 5.0), xs(split.below()), "gamma(14) = 2: the best complete trials, by number");
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0),
                xs(split.above()), "the rest in number order, the running trial as a constant liar");
        Split honest = Split.of(h.trials(), space, Direction.MAXIMIZE, new TpeOptions(10, 48, false, 1.0, false, 5));
        assertEquals(List.of(11.0, 12.0, 13.0, 14.0, 15.0), xs(honest.above()),
                "without the liar running trials are left out; the most recent maxObservations are kept");
    }

    @Test
    void prunedTrialsRankByTheLastStepTheyReached() {
        History h = new History(Direction.MINIMIZE);
        for (int i = 0; i < 9; i++) {
            h.add(TrialState.PRUNED, at(i), i, null, i < 3 ? History.curve(5, 1.0 * i) : History.curve(0.5));
        }
        h.add(TrialState.PRUNED, at(9), 9, null, History.curve(9, 9, 9));
        Split split = Split.of(h.trials(), space, Direction.MINIMIZE, TpeOptions.defaults());
        assertEquals(List.of(0.0, 9.0), xs(split.below()),
                "the deepest trial first whatever its value, then the best value at the next step");
    }

    private static Config at(double x1) {
        return new Config(Map.of("x1", x1 - 5, "x2", 1.0));
    }

    private static List<Double> xs(List<double[]> points) {
        return points.stream().map(p -> (double) Math.round(p[0] * 15)).toList();
    }
}
