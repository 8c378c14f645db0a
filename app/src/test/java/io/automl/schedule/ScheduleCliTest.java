package io.automl.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.cli.Cli;
import io.automl.cli.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCliTest {
    @TempDir
    Path data;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of("AUTOML_DATA", data.toString()));
        int code = new Cli(console).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scheduleListUnscheduleAndBadCron() throws Exception {
        Path space = ScheduleFixture.spacesDir().resolve("iris-quick.json");
        Result created = run("schedule", space.toString(), "--cron", "0 0 2 * * ?", "--name", "nightly",
                "--top-k", "2");
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("scheduled 'nightly'"), created.out());

        Result list = run("schedules");
        assertEquals(0, list.code(), list.err());
        String[] lines = list.out().split("\n");
        assertTrue(lines[0].startsWith("name") && lines[0].contains("next fire"), list.out());
        assertTrue(lines[1].startsWith("nightly") && lines[1].contains("0 0 2 * * ?"), list.out());
        assertTrue(lines[1].matches(".*\\d{4}-\\d{2}-\\d{2}T\\d{2}:00:00Z.*"), list.out());

        Result history = run("schedule-history", "nightly");
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().startsWith("study"), history.out());

        Result badCron = run("schedule", space.toString(), "--cron", "every night", "--name", "other");
        assertEquals(Cli.INVALID_INPUT, badCron.code());
        assertTrue(badCron.err().contains("--cron"), badCron.err());
        Result duplicate = run("schedule", space.toString(), "--cron", "0 0 3 * * ?", "--name", "nightly");
        assertEquals(Cli.INVALID_INPUT, duplicate.code());
        assertTrue(duplicate.err().contains("--name"), duplicate.err());
        Path broken = data.resolve("broken.json");
        Files.writeString(broken, "{\"name\": \"b\", \"params\": {}}");
        assertEquals(Cli.INVALID_INPUT, run("schedule", broken.toString(), "--cron", "0 0 3 * * ?").code());

        Result removed = run("unschedule", "nightly");
        assertEquals(0, removed.code(), removed.err());
        Result again = run("unschedule", "nightly");
        assertEquals(Cli.INVALID_INPUT, again.code());
        assertTrue(again.err().contains("no schedule named 'nightly'"), again.err());
        assertFalse(run("schedules").out().contains("nightly"));
    }
}
