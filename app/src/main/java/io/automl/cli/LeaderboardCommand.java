package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code automl leaderboard STUDY}: the best complete trials of a study, or for a multi-objective study its
 * Pareto front ({@code --format json}: {@code {"study", "objectives", "reference", "hypervolume", "pareto":
 * [{"trial", "values", "config"}]}}).
 */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
        description = "Print the best trials of a study (the Pareto front of a multi-objective study).")
final class LeaderboardCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "STUDY", description = "Study name.")
    String study;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many trials. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    DataOption dataOption;

    LeaderboardCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new UserException("--top must be >= 1, got " + top);
        }
        try (Services services = dataOption.open(console.env())) {
            StudyRecord s = Studies.find(services, study);
            var objectives = ParetoReport.objectives(services, s);
            if (objectives.isPresent()) {
                var front = ParetoReport.front(services, s, objectives.get());
                switch (format) {
                    case json -> console.out().println(services.json().writeValueAsString(ParetoReport.json(s, front)));
                    case csv -> console.out().print(ParetoReport.csv(front));
                    default -> console.out().print(ParetoReport.table(front));
                }
                return 0;
            }
            Reports reports = new Reports(services.store(), services.json());
            switch (format) {
                case json -> console.out().println(reports.leaderboardJson(s, top));
                case csv -> console.out().print(reports.csv(s, top));
                default -> console.out().print(reports.table(s, top));
            }
            return 0;
        }
    }
}
