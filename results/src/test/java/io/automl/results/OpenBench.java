package io.automl.results;

import java.nio.file.Path;

/**
 * Measures how long opening an existing embedded store takes (pool, schema check or migration, first
 * connection) and closing it again, in a fresh JVM as a start-up would: prints the milliseconds of the first
 * open and of a second open in the same JVM.
 *
 * <p>Usage: {@code java -cp ... io.automl.results.OpenBench DATA_DIR} (a directory holding {@code automl.mv.db}).
 */
public final class OpenBench {
    private OpenBench() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        for (String label : new String[] {"first open", "second open"}) {
            long start = System.nanoTime();
            try (JdbcTrialStore store = StoreFactory.h2(dir)) {
                store.studies();
            }
            System.out.printf("%s: %d ms%n", label, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
