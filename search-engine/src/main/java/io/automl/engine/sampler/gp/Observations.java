package io.automl.engine.sampler.gp;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Direction;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * What the Gaussian process learns from: the encoded {@code points} of the finished trials with their
 * {@code losses} (the objective turned into one to minimise), in trial-number order, and the encoded points
 * of the RUNNING trials ({@code running}, the constant liar's). A COMPLETE trial counts with its value, a
 * PRUNED one with the last value it reported (one that reported nothing is left out), others not at all;
 * non-finite values are left out. Immutable.
 */
record Observations(List<double[]> points, double[] losses, List<double[]> running) {
    Observations {
        points = List.copyOf(points);
        losses = losses.clone();
        running = List.copyOf(running);
        if (points.size() != losses.length) {
            throw new IllegalArgumentException("points and losses differ in length: " + points.size() + " vs "
                    + losses.length);
        }
    }

    /** The observations of {@code trials}; RUNNING trials only when {@code withRunning}. */
    static Observations of(List<TrialSnapshot> trials, SearchSpace space, Direction direction, boolean withRunning) {
        double sign = direction == Direction.MAXIMIZE ? -1 : 1;
        List<double[]> points = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        List<double[]> running = new ArrayList<>();
        for (TrialSnapshot t : trials) {
            Double value = null;
            if (t.state() == TrialState.COMPLETE) {
                value = t.value();
            } else if (t.state() == TrialState.PRUNED && !t.intermediate().isEmpty()) {
                value = t.intermediate().get(t.intermediate().lastKey());
            } else if (withRunning && t.state() == TrialState.RUNNING && !t.config().values().isEmpty()) {
                running.add(space.encode(t.config()));
            }
            if (value != null && Double.isFinite(value)) {
                points.add(space.encode(t.config()));
                losses.add(sign * value);
            }
        }
        return new Observations(points, losses.stream().mapToDouble(Double::doubleValue).toArray(), running);
    }

    /** The number of finished observations. */
    int size() {
        return losses.length;
    }

    /** The loss of the best observation. */
    double bestLoss() {
        return Arrays.stream(losses).min().orElseThrow();
    }

    /** The indices of the {@code k} best observations, best first (ties by trial order). */
    int[] best(int k) {
        return bestFirst().limit(k).mapToInt(Integer::intValue).toArray();
    }

    /**
     * At most {@code max} observations: all when there are no more, else the best quarter plus a random
     * subset of the rest drawn from {@code random}, kept in trial order.
     */
    Observations capped(int max, RandomGenerator random) {
        int n = size();
        if (n <= max) {
            return this;
        }
        Integer[] order = bestFirst().toArray(Integer[]::new);
        int keepBest = (max + 3) / 4;
        for (int i = keepBest; i < max; i++) {
            int j = i + random.nextInt(n - i);
            Integer tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int[] kept = Arrays.stream(order, 0, max).mapToInt(Integer::intValue).sorted().toArray();
        List<double[]> p = new ArrayList<>(max);
        double[] l = new double[max];
        for (int i = 0; i < max; i++) {
            p.add(points.get(kept[i]));
            l[i] = losses[kept[i]];
        }
        return new Observations(p, l, running);
    }

    private Stream<Integer> bestFirst() {
        List<Integer> idx = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.<Integer>comparingDouble(i -> losses[i]).thenComparingInt(i -> i));
        return idx.stream();
    }
}
