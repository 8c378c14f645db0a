package io.automl.space;

import java.util.Objects;
import java.util.Optional;

/**
 * Named data sets a space may refer to with {@code "dataset": {"ref": "NAME", ...}}: each name gives the data set's
 * type ({@code csv}, {@code images} or {@code idx}), where its data lie (absolute paths; {@code labels} the IDX
 * label file, else null) and its SHA-256. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DatasetRefs {
    /** What a name refers to. Immutable. */
    record Ref(String name, String type, String path, String labels, String sha256) {
        public Ref {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(path, "path");
        }
    }

    /** The data set named {@code name}, if there is one. */
    Optional<Ref> find(String name);

    /** No named data sets at all. */
    static DatasetRefs none() {
        return name -> Optional.empty();
    }
}
