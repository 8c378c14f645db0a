package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code automl trials STUDY [--state S] [--format F]}: every trial of a study with its state and reason. */
@Command(name = "trials", mixinStandardHelpOptions = true,
        description = "List the trials of a study: state, value, epochs, seconds and the reason of failed ones.")
final class TrialsCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "STUDY", description = "Study name.")
    String study;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only trials in this state: waiting, running, complete, pruned, failed or cancelled.")
    String state;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    DataOption dataOption;

    TrialsCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        TrialState wanted = state == null ? null : parseState(state);
        try (Services services = dataOption.open(console.env())) {
            StudyRecord s = Studies.find(services, study);
            List<TrialSnapshot> trials = services.store().trials(s.id()).stream()
                    .filter(t -> wanted == null || t.state() == wanted).toList();
            Instant now = Instant.now();
            switch (format) {
                case json -> console.out().println(services.json().writeValueAsString(TrialRows.json(trials, now)));
                case csv -> console.out().print(TrialRows.csv(trials, now));
                default -> console.out().print(TrialRows.table(trials, now, 100));
            }
            return 0;
        }
    }

    static TrialState parseState(String text) {
        try {
            return TrialState.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--state must be one of " + Arrays.stream(TrialState.values())
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + text + "'");
        }
    }
}
