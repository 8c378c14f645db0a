package io.automl.web.api;

import io.automl.engine.StudyRecord;
import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Re-reads stored studies' search spaces (resolving data paths against each study's base directory) and
 * remembers the short facts the API shows. Thread-safe.
 */
public final class StudySpaces {
    private final SpaceParser parser;
    private final Map<Long, Summary> summaries = new ConcurrentHashMap<>();

    public StudySpaces(SpaceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * What the study list shows of a space: the (first) objective's metric, the trial budget, epochs per trial, the
     * sampler type and, for a multi-objective space, every objective's metric (else empty).
     */
    public record Summary(String metric, int trials, int epochs, String sampler, java.util.List<String> objectives) {
        public Summary {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(sampler, "sampler");
            objectives = java.util.List.copyOf(objectives);
        }
    }

    /** The study's space; throws {@link InvalidSpaceException} when it no longer parses (a data set moved). */
    public SearchSpace space(StudyRecord study) {
        SearchSpace space = parser.parseStored(study.spaceText(), Path.of(study.baseDir()));
        summaries.putIfAbsent(study.id(), new Summary(space.objective().metric(), space.budget().trials(),
                space.budget().epochs(), space.sampler().type(), space.multiObjective()
                        ? space.objectives().stream().map(o -> o.metric()).toList() : java.util.List.of()));
        return space;
    }

    /** The study's summary, empty when its space no longer parses. */
    public Optional<Summary> summary(StudyRecord study) {
        Summary s = summaries.get(study.id());
        if (s != null) {
            return Optional.of(s);
        }
        try {
            space(study);
        } catch (InvalidSpaceException stale) {
            return Optional.empty();
        }
        return Optional.ofNullable(summaries.get(study.id()));
    }

    /** Forgets a study (after deletion). */
    public void forget(long studyId) {
        summaries.remove(studyId);
    }
}
