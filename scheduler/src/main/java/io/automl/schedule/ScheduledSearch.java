package io.automl.schedule;

import io.automl.engine.StudyRunner;
import io.automl.eval.Evaluators;
import io.automl.space.parse.SpaceParser;
import java.util.Objects;

/** What a scheduled run needs to parse, evaluate and run a study. Immutable; its parts are thread-safe. */
public record ScheduledSearch(SpaceParser parser, StudyRunner runner, Evaluators evaluators) {
    public ScheduledSearch {
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(evaluators, "evaluators");
    }
}
