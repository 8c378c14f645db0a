package io.automl.schedule;

import io.automl.app.DataDirectory;
import io.automl.app.Services;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A small, fast iris search space and helpers for the scheduling tests. */
final class ScheduleFixture {
    private ScheduleFixture() {
    }

    /** The directory of the test spaces (relative data paths resolve against it). */
    static Path spacesDir() {
        try {
            return Path.of(ScheduleFixture.class.getResource("/spaces/iris-quick.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** iris-quick with 3 trials of 4 epochs, one worker. */
    static String irisSpace() throws Exception {
        String text = Files.readString(spacesDir().resolve("iris-quick.json"), StandardCharsets.UTF_8);
        return text.replace("\"trials\": 6, \"epochs\": 12", "\"trials\": 3, \"epochs\": 4")
                .replace("\"parallelism\": 2", "\"parallelism\": 1");
    }

    static Services services(Path dir) {
        return Services.open(new DataDirectory(dir));
    }

    static ScheduleSettings settings() {
        ScheduleSettings d = ScheduleSettings.defaults();
        return new ScheduleSettings(d.schedulerName(), d.clustered(), d.threads(), Duration.ofSeconds(1),
                d.leaseExpiryInterval(), d.cleanupInterval(), d.keepModels());
    }

    /** Waits until {@code condition} holds; false on timeout. */
    static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }
}
