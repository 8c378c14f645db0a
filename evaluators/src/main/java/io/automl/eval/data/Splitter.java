package io.automl.eval.data;

import io.automl.space.DatasetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Shuffled, stratified train/validation/test split: within each class, rows are shuffled with the
 * split's seed and {@code round(n * test)} go to test, {@code round(n * validation)} to validation and
 * the rest to training; each split is then shuffled. An optional row limit first keeps a seeded random
 * subset. Rows that all share class 0 (a regression target) make a plain random split. Stateless and thread-safe; the same seed always gives the same split.
 */
final class Splitter {

    /** Row indices per split. */
    static final class Indices {
        final int[] train;
        final int[] validation;
        final int[] test;

        Indices(int[] train, int[] validation, int[] test) {
            this.train = train;
            this.validation = validation;
            this.test = test;
        }
    }

    Indices split(int[] labels, int classes, DatasetSpec.Split split, int limit, String source) {
        return split(labels, classes, split.validation(), split.test(), split.seed(), limit, source, true);
    }

    /**
     * As above with fractions {@code validation} and {@code test} (either may be 0 when another source provides
     * that part); {@code needValidation} false accepts an empty validation part.
     */
    Indices split(int[] labels, int classes, double validationFraction, double testFraction, long seed, int limit,
            String source, boolean needValidation) {
        Random rnd = new Random(seed);
        int[] rows = Permutations.of(labels.length, rnd);
        if (limit > 0 && limit < rows.length) {
            int[] kept = new int[limit];
            System.arraycopy(rows, 0, kept, 0, limit);
            rows = kept;
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int r : rows) {
            byClass.get(labels[r]).add(r);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> members : byClass) {
            java.util.Collections.sort(members);
            java.util.Collections.shuffle(members, rnd);
            int n = members.size();
            int nTest = (int) Math.round(n * testFraction);
            int nVal = (int) Math.round(n * validationFraction);
            if (nTest + nVal >= n) {
                nTest = Math.min(nTest, Math.max(0, n - 1));
                nVal = Math.max(0, Math.min(nVal, n - 1 - nTest));
            }
            test.addAll(members.subList(0, nTest));
            validation.addAll(members.subList(nTest, nTest + nVal));
            train.addAll(members.subList(nTest + nVal, n));
        }
        if ((needValidation && validation.isEmpty()) || train.isEmpty()) {
            throw new DatasetException(source + ": " + rows.length + " rows leave " + train.size()
                    + " for training and " + validation.size() + " for validation; both need at least one");
        }
        return new Indices(shuffled(train, rnd), shuffled(validation, rnd), shuffled(test, rnd));
    }

    private static int[] shuffled(List<Integer> list, Random rnd) {
        java.util.Collections.shuffle(list, rnd);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
