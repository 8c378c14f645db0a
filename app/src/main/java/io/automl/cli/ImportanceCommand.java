package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.insight.ParameterImportance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code automl importance STUDY}: how much each parameter explains of the objective, with the method named. */
@Command(name = "importance", mixinStandardHelpOptions = true,
        description = "Parameter importance of a study (complete trials), with its method; warns below "
                + ParameterImportance.MIN_TRIALS + " complete trials.")
final class ImportanceCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "STUDY", description = "Study name.")
    String study;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    DataOption dataOption;

    ImportanceCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.csv) {
            throw new UserException("--format must be table or json for importance");
        }
        try (Services services = dataOption.open(console.env())) {
            StudyRecord s = Studies.find(services, study);
            ParameterImportance.Result r = ParameterImportance.of(services.store().trials(s.id()));
            if (format == OutputFormat.json) {
                console.out().println(services.json().writeValueAsString(json(r)));
                return 0;
            }
            if (r.warning() != null) {
                console.warn(r.warning());
            }
            console.out().println("method: " + r.method() + "; " + r.trials() + " complete trials");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"parameter", "importance", "omega2", "bins", "present", "share"});
            for (ParameterImportance.Entry e : r.parameters()) {
                rows.add(new String[] {e.parameter(), String.format(Locale.ROOT, "%.1f%%", 100 * e.share()),
                    String.format(Locale.ROOT, "%.3f", e.omegaSquared()), String.valueOf(e.bins()),
                    String.valueOf(e.present()), "#".repeat((int) Math.round(30 * e.share()))});
            }
            console.out().print(Reports.align(rows));
            return 0;
        }
    }

    private static Map<String, Object> json(ParameterImportance.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", r.method());
        m.put("trials", r.trials());
        m.put("minimumTrials", r.minimumTrials());
        m.put("warning", r.warning());
        m.put("parameters", r.parameters());
        return m;
    }
}
