package io.automl.results;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The few things that differ between the supported databases: the binary column type (the schema
 * scripts' {@code ${blob}} placeholder), the SQL run on
 * every new connection, and the SQL states that mean "retry the transaction". Immutable.
 */
record Dialect(String name, String blobType, String connectionInitSql, Set<String> retryableStates) {

    /** Serialization failure and deadlock, reported by both databases. */
    private static final Set<String> STANDARD_RETRYABLE = Set.of("40001", "40P01");

    Dialect {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(blobType, "blobType");
        retryableStates = Set.copyOf(retryableStates);
    }

    /** H2 2.x: BLOB, {@code VALUE} usable as a column name, lock timeouts and concurrent updates retried. */
    static Dialect h2() {
        return new Dialect("h2", "BLOB", "SET NON_KEYWORDS VALUE",
                union(STANDARD_RETRYABLE, Set.of("HYT00", "90131")));
    }

    /** PostgreSQL 15 and later. */
    static Dialect postgres() {
        return new Dialect("postgresql", "BYTEA", null, STANDARD_RETRYABLE);
    }

    /** The dialect for a JDBC URL; throws {@link IllegalArgumentException} naming {@code url} for others. */
    static Dialect forUrl(String url) {
        Objects.requireNonNull(url, "url");
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return h2();
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgres();
        }
        throw new IllegalArgumentException("url: unsupported database (expected jdbc:h2: or jdbc:postgresql:): " + url);
    }

    /** Whether a failure with this SQL state is transient and the transaction may be retried. */
    boolean isRetryable(String sqlState) {
        return sqlState != null && retryableStates.contains(sqlState);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
