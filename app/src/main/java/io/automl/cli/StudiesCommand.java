package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code automl studies}: every study with its state, counts and best value. */
@Command(name = "studies", mixinStandardHelpOptions = true, description = "List the studies in the data directory.")
final class StudiesCommand implements Callable<Integer> {
    private final Console console;

    @Mixin
    DataOption dataOption;

    StudiesCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (Services services = dataOption.open(console.env())) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"study", "state", "complete", "pruned", "failed", "best", "created", "reason"});
            for (StudyRecord s : services.store().studies()) {
                StudyCounts c = services.store().counts(s.id());
                List<TrialSnapshot> top = services.store().leaderboard(s.id(), s.direction(), 1);
                rows.add(new String[] {s.name(), s.state().name(), String.valueOf(c.complete()), String.valueOf(c.pruned()),
                    String.valueOf(c.failed()), top.isEmpty() ? "" : Reports.num(top.get(0).value()),
                    s.createdAt().toString(), s.reason()});
            }
            console.out().print(Reports.align(rows));
            return 0;
        }
    }
}
