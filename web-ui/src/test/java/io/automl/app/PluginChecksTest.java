package io.automl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import io.automl.web.api.SpaceIntake;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsers the server builds (studies, schedules, submissions over HTTP) check plugin options. */
class PluginChecksTest {
    static final String SPACE = """
            {"name": "typo", "objective": {"metric": "value", "direction": "minimize"},
             "evaluator": {"type": "command", "command": ["train"]},
             "sampler": {"type": "tpe", "seed": 1, "startupTrails": 5},
             "pruner": {"type": "median", "minTrials": 0},
             "params": {"x": {"type": "float", "low": 0, "high": 1}}}
            """;

    @TempDir
    Path dir;

    static List<String> pointers(Function<String, ?> parse) {
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class, () -> parse.apply(SPACE));
        return e.errors().stream().map(SpaceError::pointer).toList();
    }

    @Test
    void theServicesParserChecksOptions() {
        try (Services services = Services.open(new DataDirectory(dir.resolve("data")))) {
            assertEquals(List.of("/sampler/startupTrails", "/pruner/minTrials"), pointers(services.parser()::parse));
        }
    }

    @Test
    void submittedSpacesAreCheckedToo() {
        SpaceIntake intake = new SpaceIntake(true, dir, List.of(dir));
        assertEquals(List.of("/sampler/startupTrails", "/pruner/minTrials"), pointers(intake::parse));
    }
}
