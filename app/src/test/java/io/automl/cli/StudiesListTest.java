package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.space.Direction;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code automl studies} lists each study's state and, for a study that cannot run, the reason. */
class StudiesListTest {
    @TempDir
    Path data;

    @Test
    void aFailedStudyShowsItsReason() {
        try (Services services = Services.open(new DataDirectory(data))) {
            StudyRecord refused = services.store().createStudy("refused", "{}", data.toString(), Direction.MAXIMIZE);
            services.store().failStudy(refused.id(), "command evaluators are not allowed on this server");
            services.store().createStudy("fine", "{}", data.toString(), Direction.MAXIMIZE);
        }
        CliRun r = CliRun.of(Map.of(), "studies", "--data", data.toString());
        assertEquals(0, r.exitCode(), r.err());
        String refusedLine = r.out().lines().filter(l -> l.startsWith("refused")).findFirst().orElseThrow();
        assertTrue(refusedLine.contains("FAILED") && refusedLine.contains("command evaluators are not allowed"),
                r.out());
        assertTrue(r.out().lines().findFirst().orElseThrow().contains("reason"), r.out());
    }
}
