package io.automl.engine;

import io.automl.space.SearchSpace;
import java.util.Objects;

/**
 * Opens studies by name: creates the study a search space names, or resumes the stored one when it was
 * created from the same space text. Thread-safe when the store is.
 */
public final class StudyCatalog {
    private final TrialStore store;

    public StudyCatalog(TrialStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The study named {@code space.name()}: created with {@code spaceText} and {@code baseDir} when absent,
     * resumed when stored with the same text (line endings and trailing white space aside). Throws
     * {@link IllegalArgumentException} when a study of that name was created from a different space.
     */
    public StudyRecord openOrCreate(SearchSpace space, String spaceText, String baseDir) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(spaceText, "spaceText");
        Objects.requireNonNull(baseDir, "baseDir");
        var existing = store.findStudy(space.name());
        if (existing.isEmpty()) {
            try {
                return store.createStudy(space.name(), spaceText, baseDir, space.objective().direction());
            } catch (IllegalArgumentException raced) {
                existing = store.findStudy(space.name());
                if (existing.isEmpty()) {
                    throw raced;
                }
            }
        }
        StudyRecord study = existing.get();
        if (!normalize(study.spaceText()).equals(normalize(spaceText))) {
            throw new IllegalArgumentException("a study named '" + space.name()
                    + "' already exists with a different search space; choose another name"
                    + " (the \"name\" field of the space) or resume it with its original space");
        }
        return study;
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n")
                .strip();
    }
}
