package io.automl.schedule;
import io.automl.engine.schedule.DriftEvent;
import io.automl.engine.schedule.ScheduleRun;

import static io.automl.schedule.ScheduleFixture.await;
import static io.automl.schedule.ScheduleFixture.irisSpace;
import static io.automl.schedule.ScheduleFixture.services;
import static io.automl.schedule.ScheduleFixture.settings;
import static io.automl.schedule.ScheduleFixture.spacesDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.pareto.ParetoFront;
import io.automl.space.Direction;
import io.automl.space.Objective;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nightly schedule of a multi-objective space: the champion is the previous front, drift its hypervolume. */
class ParetoScheduleTest {
    private static final List<Objective> OBJECTIVES = List.of(new Objective("accuracy", Direction.MAXIMIZE),
            new Objective("parameters", Direction.MINIMIZE));

    @TempDir
    Path data;

    @Test
    void theNextRunWarmStartsFromTheFrontAndComparesItsRescoredHypervolume() throws Exception {
        String space = irisSpace().replace("\"objective\": {\"metric\": \"accuracy\", \"direction\": \"maximize\"},",
                "\"objectives\": [{\"metric\": \"accuracy\"}, {\"metric\": \"parameters\"}],")
                .replace("\"pruner\": {\"type\": \"none\"},", "");
        assertTrue(space.contains("objectives"), space);
        try (Services services = services(data);
                Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            schedules.create("front", space, spacesDir(), "0/2 * * * * ?", 3, -1);
            schedules.start();
            assertTrue(await(Duration.ofSeconds(120), () -> schedules.history("front").stream()
                    .filter(r -> r.finishedAt() != null).count() >= 2), "two runs finished");
            List<ScheduleRun> runs = schedules.history("front").subList(0, 2);
            List<DriftEvent> events = schedules.drift("front");
            schedules.delete("front");
            assertNull(runs.get(0).championPrevious());
            StudyRecord first = services.store().findStudy(runs.get(0).study()).orElseThrow();
            StudyRecord second = services.store().findStudy(runs.get(1).study()).orElseThrow();
            List<TrialSnapshot> front = ParetoFront.of(OBJECTIVES, services.store().trials(first.id())).trials();
            assertTrue(!front.isEmpty() && front.size() <= 3, "front " + front);
            List<TrialSnapshot> next = services.store().trials(second.id());
            for (int i = 0; i < front.size(); i++) {
                assertEquals(front.get(i).config(), next.get(i).config(), "the front warm-starts the next run");
                assertEquals(2, next.get(i).values().size());
            }
            double[] ref = FrontChampion.reference(OBJECTIVES, front);
            assertEquals(FrontChampion.hypervolume(OBJECTIVES, front, ref), runs.get(1).championPrevious(), 1e-9);
            assertEquals(FrontChampion.rescore(services.store(), second.id(), OBJECTIVES, front.size(), ref),
                    runs.get(1).championRescore(), 1e-9);
            assertTrue(runs.get(1).championPrevious() > 0);
            assertTrue(events.stream().anyMatch(e -> e.study().equals(second.name())), "a margin of -1 records drift");
        }
    }
}
