package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code automl trial STUDY N}: one trial in full, with its learning curve as a text sparkline. */
@Command(name = "trial", mixinStandardHelpOptions = true,
        description = "Show one trial: state, value, timing, parameters, metrics and its learning curve.")
final class TrialCommand implements Callable<Integer> {
    private static final int CURVE_WIDTH = 60;

    private final Console console;

    @Parameters(index = "0", paramLabel = "STUDY", description = "Study name.")
    String study;

    @Parameters(index = "1", paramLabel = "N", description = "Trial number (as listed by automl trials).")
    int number;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    DataOption dataOption;

    TrialCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.csv) {
            throw new UserException("--format must be table or json for trial");
        }
        try (Services services = dataOption.open(console.env())) {
            StudyRecord s = Studies.find(services, study);
            TrialSnapshot t = services.store().trial(s.id(), number).orElseThrow(() -> new UserException(
                    "study '" + study + "' has no trial " + number + "; it has "
                            + services.store().trials(s.id()).size() + " trials, numbered from 0"));
            Instant now = Instant.now();
            if (format == OutputFormat.json) {
                Map<String, Object> m = new LinkedHashMap<>(TrialRows.json(List.of(t), now).get(0));
                m.put("seed", t.seed());
                m.put("worker", t.worker());
                m.put("startedAt", t.startedAt() == null ? null : t.startedAt().toString());
                m.put("finishedAt", t.finishedAt() == null ? null : t.finishedAt().toString());
                m.put("intermediate", t.intermediate());
                m.put("attributes", t.attributes());
                console.out().println(services.json().writeValueAsString(m));
            } else {
                console.out().print(text(s, t, now));
            }
            return 0;
        }
    }

    static String text(StudyRecord s, TrialSnapshot t, Instant now) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"trial", t.number() + " of study " + s.name()});
        rows.add(new String[] {"state", t.state().name()});
        rows.add(new String[] {"value", t.value() == null ? "" : Reports.num(t.value())});
        rows.add(new String[] {"epochs", String.valueOf(TrialRows.epochs(t))});
        rows.add(new String[] {"seconds", TrialRows.seconds(t, now)});
        rows.add(new String[] {"started", t.startedAt() == null ? "" : t.startedAt().toString()});
        rows.add(new String[] {"finished", t.finishedAt() == null ? "" : t.finishedAt().toString()});
        rows.add(new String[] {"worker", t.worker() == null ? "" : t.worker()});
        rows.add(new String[] {"attempt", String.valueOf(t.attempt())});
        rows.add(new String[] {"seed", String.valueOf(t.seed())});
        if (t.reason() != null && !t.reason().isBlank()) {
            rows.add(new String[] {"reason", t.reason()});
        }
        rows.add(new String[] {"params", ConfigText.compact(t.config(), 1000)});
        rows.add(new String[] {"curve", Sparkline.described(t.intermediate(), CURVE_WIDTH)});
        List<String[]> attributes = new ArrayList<>();
        t.attributes().forEach((k, v) -> attributes.add(new String[] {"  " + k, String.valueOf(v)}));
        return Reports.align(rows) + (attributes.isEmpty() ? "" : "attributes:" + System.lineSeparator()
                + Reports.align(attributes));
    }
}
