package io.automl.schedule;
import io.automl.engine.schedule.InvalidScheduleException;
import io.automl.engine.schedule.DriftEvent;
import io.automl.engine.schedule.ScheduleRun;
import io.automl.engine.schedule.ScheduleSummary;
import io.automl.engine.schedule.ScheduleSpec;

import static io.automl.schedule.ScheduleFixture.await;
import static io.automl.schedule.ScheduleFixture.irisSpace;
import static io.automl.schedule.ScheduleFixture.services;
import static io.automl.schedule.ScheduleFixture.settings;
import static io.automl.schedule.ScheduleFixture.spacesDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.parse.InvalidSpaceException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulesTest {
    @TempDir
    Path data;

    @Test
    void aScheduleSurvivesARestartWithItsNextFireTime() throws Exception {
        try (Services services = services(data); Schedules first = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            ScheduleSpec spec = first.create("nightly", irisSpace(), spacesDir(), "0 0 2 * * ?", 3, 0.02);
            assertEquals("nightly", spec.name());
            InvalidScheduleException bad = assertThrows(InvalidScheduleException.class,
                    () -> first.create("other", irisSpace(), spacesDir(), "0 0 25 * * ?", 3, 0.02));
            assertEquals("cron", bad.field());
            for (String outOfRange : List.of("0 0 99 * * ?", "0 60 2 * * ?", "75 0 2 * * ?", "0 0 1-24 * * ?",
                    "0 0/0 2 * * ?")) {
                InvalidScheduleException e = assertThrows(InvalidScheduleException.class,
                        () -> first.create("other", irisSpace(), spacesDir(), outOfRange, 3, 0.02), outOfRange);
                assertEquals("cron", e.field());
                assertTrue(e.getMessage().contains(outOfRange), e.getMessage());
            }
            assertEquals("0 0/15 1-23 * * ?", first.create("quarterly", irisSpace(), spacesDir(), "0 0/15 1-23 * * ?",
                    3, 0.02).cron());
            assertTrue(first.delete("quarterly"));
            assertEquals("name", assertThrows(InvalidScheduleException.class,
                    () -> first.create("nightly", irisSpace(), spacesDir(), "0 0 3 * * ?", 3, 0.02)).field());
            assertThrows(InvalidSpaceException.class,
                    () -> first.create("broken", "{\"name\": \"x\"}", spacesDir(), "0 0 3 * * ?", 3, 0.02));
        }
        try (Services services = services(data); Schedules second = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            List<ScheduleSummary> all = second.list();
            assertEquals(1, all.size(), "only the valid schedule was stored");
            ScheduleSummary s = all.get(0);
            assertEquals("0 0 2 * * ?", s.spec().cron());
            assertEquals(3, s.spec().topK());
            assertNotNull(s.nextFire());
            assertTrue(s.nextFire().isAfter(Instant.now()));
            assertTrue(s.nextFire().isBefore(Instant.now().plus(Duration.ofHours(25))));
            assertNull(s.lastStudy());
            assertTrue(second.delete("nightly"));
            assertFalse(second.delete("nightly"));
            assertTrue(second.list().isEmpty());
        }
    }

    @Test
    void firesWarmStartFromThePreviousRunAndRecordDrift() throws Exception {
        try (Services services = services(data); Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            schedules.create("every2", irisSpace(), spacesDir(), "0/2 * * * * ?", 2, -1);
            schedules.start();
            assertTrue(await(Duration.ofSeconds(90), () -> schedules.history("every2").stream()
                    .filter(r -> r.finishedAt() != null).count() >= 2), "two runs finished");
            assertTrue(schedules.delete("every2"));
            List<ScheduleRun> runs = schedules.history("every2");
            assertTrue(runs.isEmpty(), "history goes with the schedule");
            List<StudyRecord> studies = services.store().studies().stream()
                    .filter(s -> s.name().startsWith("every2@")).toList();
            assertTrue(studies.size() >= 2, "studies: " + studies);
            StudyRecord firstStudy = studies.get(studies.size() - 1);
            StudyRecord secondStudy = studies.get(studies.size() - 2);
            assertTrue(firstStudy.name().matches("every2@\\d{8}T\\d{6}(-\\d+)?"), firstStudy.name());
            List<TrialSnapshot> top = services.store().leaderboard(firstStudy.id(), firstStudy.direction(), 2);
            List<TrialSnapshot> second = services.store().trials(secondStudy.id());
            assertEquals(top.get(0).config(), second.get(0).config(), "trial 0 re-scores the champion");
            assertEquals(top.get(1).config(), second.get(1).config(), "trial 1 re-tries the runner-up");
            assertEquals(TrialState.COMPLETE, second.get(0).state());
        }
    }

    @Test
    void theChampionHistoryAndDriftEventsAreRecorded() throws Exception {
        try (Services services = services(data); Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            schedules.create("drift", irisSpace(), spacesDir(), "0/2 * * * * ?", 3, -1);
            schedules.start();
            assertTrue(await(Duration.ofSeconds(90), () -> schedules.history("drift").stream()
                    .filter(r -> r.finishedAt() != null).count() >= 2), "two runs finished");
            List<ScheduleRun> runs = schedules.history("drift").subList(0, 2);
            List<DriftEvent> events = schedules.drift("drift");
            ScheduleSummary summary = schedules.find("drift").orElseThrow();
            schedules.delete("drift");
            ScheduleRun first = runs.get(0);
            ScheduleRun second = runs.get(1);
            assertNull(first.championPrevious(), "the first run has nothing to warm-start from");
            assertNotNull(first.bestValue());
            assertEquals(first.bestValue(), second.championPrevious());
            StudyRecord s2 = services.store().findStudy(second.study()).orElseThrow();
            assertEquals(services.store().trial(s2.id(), 0).orElseThrow().value(), second.championRescore());
            assertFalse(events.isEmpty(), "a margin of -1 always records drift");
            DriftEvent e = events.get(0);
            assertEquals(second.study(), e.study());
            assertEquals(second.championPrevious(), e.oldValue());
            assertEquals(second.championRescore(), e.newValue());
            assertNotNull(summary.lastStudy());
        }
    }

    @Test
    void aFireMissedWhileNoSchedulerRanRunsOnceAtStartUp() throws Exception {
        LocalTime now = LocalTime.now();
        String seconds = (now.getSecond() + 2) % 60 + "," + (now.getSecond() + 3) % 60 + "," + (now.getSecond() + 4) % 60;
        try (Services services = services(data); Schedules editing = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            editing.create("missed", irisSpace(), spacesDir(), seconds + " * * * * ?", 3, 0.02);
        }
        Thread.sleep(6_500);
        try (Services services = services(data); Schedules serving = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            Instant startedAt = Instant.now();
            serving.start();
            assertTrue(await(Duration.ofSeconds(60), () -> serving.history("missed").stream()
                    .anyMatch(r -> r.finishedAt() != null)), "the missed fire ran at start-up");
            Thread.sleep(3_000);
            assertEquals(1, serving.history("missed").size(), "three missed fires ran once, not in a burst");
            ScheduleSummary s = serving.find("missed").orElseThrow();
            assertTrue(s.nextFire().isAfter(startedAt.plusSeconds(50)), "next fire is next minute: " + s.nextFire());
        }
    }
}
