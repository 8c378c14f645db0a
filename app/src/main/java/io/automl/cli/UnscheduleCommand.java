package io.automl.cli;

import io.automl.app.Services;
import io.automl.schedule.ScheduleSettings;
import io.automl.schedule.Schedules;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code automl unschedule NAME}: deletes a schedule and its history; its studies stay. */
@Command(name = "unschedule", mixinStandardHelpOptions = true, description = "Delete a recurring search.")
final class UnscheduleCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "NAME", description = "The schedule's name.")
    String name;

    @Mixin
    DataOption dataOption;

    UnscheduleCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (Services services = dataOption.open(console.env());
                Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), ScheduleSettings.defaults())) {
            if (!schedules.delete(name)) {
                throw new UserException("no schedule named '" + name + "'");
            }
            console.out().println("unscheduled '" + name + "' (its studies are kept)");
            return 0;
        }
    }
}
