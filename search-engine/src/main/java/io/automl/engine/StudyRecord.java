package io.automl.engine;

import io.automl.space.Direction;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored study: its unique name, the search-space source text it was created from (JSON or YAML,
 * kept verbatim so a resumed study re-reads exactly the same space), the directory that relative
 * data paths in it resolve against, its direction and state, and why it stopped when it is FAILED
 * ({@code reason}, empty otherwise). Immutable snapshot.
 */
public record StudyRecord(long id, String name, String spaceText, String baseDir, Direction direction,
        StudyState state, Instant createdAt, String reason) {
    public StudyRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spaceText, "spaceText");
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reason, "reason");
    }

    /** A study with no reason recorded. */
    public StudyRecord(long id, String name, String spaceText, String baseDir, Direction direction,
            StudyState state, Instant createdAt) {
        this(id, name, spaceText, baseDir, direction, state, createdAt, "");
    }
}
