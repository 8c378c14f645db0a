package io.automl.cli;

import io.automl.app.Services;
import io.automl.schedule.ScheduleSettings;
import io.automl.engine.schedule.ScheduleSummary;
import io.automl.schedule.Schedules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code automl schedules}: every schedule with its cron, next fire, latest study and champion. */
@Command(name = "schedules", mixinStandardHelpOptions = true, description = "List the recurring searches.")
final class SchedulesCommand implements Callable<Integer> {
    private final Console console;

    @Mixin
    DataOption dataOption;

    SchedulesCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (Services services = dataOption.open(console.env());
                Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), ScheduleSettings.defaults())) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"name", "cron", "next fire", "last study", "champion"});
            for (ScheduleSummary s : schedules.list()) {
                rows.add(new String[] {s.spec().name(), s.spec().cron(), s.nextFire() == null ? "" : s.nextFire().toString(),
                    s.lastStudy() == null ? "" : s.lastStudy(), s.champion() == null ? "" : Reports.num(s.champion())});
            }
            console.out().print(Reports.align(rows));
            return 0;
        }
    }
}
