package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.schedule.DriftEvent;
import io.automl.engine.schedule.ScheduleRun;
import io.automl.schedule.ScheduleSettings;
import io.automl.schedule.Schedules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code automl schedule-history NAME}: the champion across runs (one row per run) and drift events. */
@Command(name = "schedule-history", mixinStandardHelpOptions = true,
        description = "Show a recurring search's runs: best trial, value and champion re-score; drift events.")
final class ScheduleHistoryCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "NAME", description = "The schedule's name.")
    String name;

    @Mixin
    DataOption dataOption;

    ScheduleHistoryCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (Services services = dataOption.open(console.env());
                Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), ScheduleSettings.defaults())) {
            if (schedules.find(name).isEmpty()) {
                throw new UserException("no schedule named '" + name + "'");
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"study", "started", "best trial", "value", "champion before", "re-score"});
            for (ScheduleRun r : schedules.history(name)) {
                rows.add(new String[] {r.study(), r.startedAt().toString(), text(r.bestTrial()), num(r.bestValue()),
                    num(r.championPrevious()), num(r.championRescore())});
            }
            console.out().print(Reports.align(rows));
            for (DriftEvent e : schedules.drift(name)) {
                console.out().println("drift in " + e.study() + ": champion " + Reports.num(e.oldValue()) + " -> "
                        + Reports.num(e.newValue()) + " at " + e.detectedAt());
            }
            return 0;
        }
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String num(Double d) {
        return d == null ? "" : Reports.num(d);
    }
}
