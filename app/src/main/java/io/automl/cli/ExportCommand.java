package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.eval.bundle.BundleManifest;
import io.automl.eval.bundle.ModelBundle;
import io.automl.eval.bundle.TrialExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code automl export STUDY [--trial N] --out FILE.zip}: writes a model bundle that plain DL4J opens with
 * {@code ModelSerializer.restoreMultiLayerNetwork}, with the config, metrics and provenance beside it.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a trained model (the best trial by default) as a DL4J model bundle.")
final class ExportCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "STUDY", description = "Study name.")
    String study;

    @Option(names = "--trial", paramLabel = "N", description = "Trial number (default: the best trial).")
    Integer trial;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "Where to write the bundle.")
    Path out;

    @Mixin
    DataOption dataOption;

    ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = dataOption.open(console.env())) {
            StudyRecord s = Studies.find(services, study);
            TrialExport export = new TrialExport(services.store(), new ModelBundle());
            TrialSnapshot t = export.choose(s, trial).orElseThrow(() -> new UserException(trial == null
                    ? "study '" + study + "' has no complete trial yet" : "study '" + study + "' has no trial " + trial));
            BundleManifest m;
            try {
                m = export.export(s, t, out);
            } catch (IllegalStateException notExportable) {
                throw new UserException(notExportable.getMessage());
            }
            console.out().printf("wrote %s: study %s, trial %d, value %s%n", out, m.studyName(), m.trialNumber(),
                    Reports.num(t.value()));
            return 0;
        }
    }
}
