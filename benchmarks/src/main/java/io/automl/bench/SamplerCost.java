package io.automl.bench;

import io.automl.engine.Sampler;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The cost of one {@code sample()} call on the 10-dimensional mixed problem with 100, 1,000 and 10,000
 * finished trials in the history (filled by random search), per sampler: median of 15 timed calls after 20 warm-up
 * calls, all after 300 calls per sampler on a 1,000-trial history so that the JIT compiler has done its work
 * before the first measurement. Prints CSV lines {@code sampler,history,ms}. Leaves out {@code gp}, whose cost
 * per call (up to about a second) would make this protocol take many minutes ({@link GpCost} measures it), and
 * {@code auto}, which at 100 finished trials is {@code gp} and from 200 on multivariate TPE.
 */
public final class SamplerCost {
    private static final java.util.List<String> NAMES =
            Samplers.NAMES.stream().filter(n -> !n.equals("gp") && !n.equals("auto")).toList();

    private SamplerCost() {
    }

    public static void main(String[] args) {
        Problem problem = Problem.mixed10();
        System.out.println("sampler,history,ms");
        ListHistory warm = Proposals.randomHistory(problem, 1_000);
        for (String name : NAMES) {
            Sampler sampler = Samplers.create(name, 1);
            for (int i = 0; i < 300; i++) {
                sampler.sample(warm, problem.space(), new SplittableRandom(-i));
            }
        }
        for (int n : new int[] {100, 1_000, 10_000}) {
            ListHistory history = Proposals.randomHistory(problem, n);
            for (String name : NAMES) {
                Sampler sampler = Samplers.create(name, 1);
                double median = Proposals.medianMillis(sampler, history, problem, 20, 15);
                System.out.printf(Locale.ROOT, "%s,%d,%.3f%n", name, n, median);
            }
        }
    }
}
