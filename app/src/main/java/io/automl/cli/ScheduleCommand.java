package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.schedule.InvalidScheduleException;
import io.automl.schedule.ScheduleSettings;
import io.automl.engine.schedule.ScheduleSpec;
import io.automl.schedule.Schedules;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code automl schedule SPACE --cron EXPR}: stores a recurring search; {@code automl serve} runs it. Each run
 * is a new study {@code NAME@timestamp} warm-started from the previous run's best configurations.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Schedule a recurring search (run by 'automl serve').")
final class ScheduleCommand implements Callable<Integer> {
    private static final Map<String, String> OPTIONS = Map.of("name", "--name", "cron", "--cron", "topK", "--top-k",
            "driftMargin", "--drift-margin");
    private final Console console;

    @Parameters(index = "0", paramLabel = "SPACE", description = "The search-space file (JSON or YAML).")
    Path file;

    @Option(names = "--cron", paramLabel = "EXPR", required = true,
            description = "Quartz cron expression: seconds minutes hours day month weekday, e.g. \"0 0 2 * * ?\".")
    String cron;

    @Option(names = "--name", paramLabel = "NAME", description = "Schedule name (default: the space's name).")
    String name;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "3",
            description = "Best configurations of the previous run to try first. Default: ${DEFAULT-VALUE}.")
    int topK;

    @Option(names = "--drift-margin", paramLabel = "M", defaultValue = "0.02",
            description = "Record drift when the champion's re-score drops by more than this. Default: ${DEFAULT-VALUE}.")
    double driftMargin;

    @Mixin
    DataOption dataOption;

    ScheduleCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        String text = SpaceFiles.text(file);
        try (Services services = dataOption.open(console.env());
                Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), ScheduleSettings.defaults())) {
            ScheduleSpec spec;
            try {
                spec = schedules.create(name, text, SpaceFiles.baseDir(file), cron, topK, driftMargin);
            } catch (InvalidScheduleException e) {
                throw new UserException(OPTIONS.getOrDefault(e.field(), e.field())
                        + e.getMessage().substring(e.field().length()));
            }
            String next = schedules.find(spec.name()).map(s -> String.valueOf(s.nextFire())).orElse("");
            console.out().println("scheduled '" + spec.name() + "' (" + spec.cron() + "), next run " + next
                    + "; 'automl serve' runs it");
            return 0;
        }
    }
}
