package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.SamplerLabels;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.space.parse.InvalidSpaceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code automl studies}: every study with its state, sampler (such as {@code auto (gp)}), counts and best value. */
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
            rows.add(new String[] {"study", "state", "sampler", "complete", "pruned", "failed", "best", "created",
                "reason"});
            for (StudyRecord s : services.store().studies()) {
                StudyCounts c = services.store().counts(s.id());
                List<TrialSnapshot> top = services.store().leaderboard(s.id(), s.direction(), 1);
                rows.add(new String[] {s.name(), s.state().name(), sampler(services, s), String.valueOf(c.complete()), String.valueOf(c.pruned()),
                    String.valueOf(c.failed()), top.isEmpty() ? "" : Reports.num(top.get(0).value()),
                    s.createdAt().toString(), s.reason()});
            }
            console.out().print(Reports.align(rows));
            return 0;
        }
    }

    /** The study's sampler as {@link SamplerLabels} shows it; empty when its space no longer parses. */
    private static String sampler(Services services, StudyRecord s) {
        String type;
        try {
            type = services.parser().parseStored(s.spaceText(), Path.of(s.baseDir())).sampler().type();
        } catch (InvalidSpaceException stale) {
            return "";
        }
        return SamplerLabels.of(type, services.store().trials(s.id()));
    }
}
