package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.eval.bundle.BundleContents;
import io.automl.eval.bundle.BundleManifest;
import io.automl.eval.bundle.ModelBundle;
import java.nio.file.Path;
import java.util.Map;
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
        try (Services services = Services.open(dataOption.resolve(console.env()))) {
            StudyRecord s = Studies.find(services, study);
            TrialSnapshot t = trial == null ? best(services, s) : services.store().trial(s.id(), trial)
                    .orElseThrow(() -> new UserException("study '" + study + "' has no trial " + trial));
            if (t.state() != TrialState.COMPLETE) {
                throw new UserException("trial " + t.number() + " is " + t.state() + ", only COMPLETE trials have a model");
            }
            byte[] model = services.store().artifact(t.id(), "model")
                    .orElseThrow(() -> new UserException("trial " + t.number() + " has no stored model"));
            BundleManifest m = new ModelBundle().export(out, BundleContents.of(s.name(), t, Map.of(), model));
            console.out().printf("wrote %s: study %s, trial %d, value %s%n", out, m.studyName(), m.trialNumber(),
                    Reports.num(t.value()));
            return 0;
        }
    }

    private static TrialSnapshot best(Services services, StudyRecord s) {
        return services.store().leaderboard(s.id(), s.direction(), 1).stream().findFirst()
                .orElseThrow(() -> new UserException("study '" + s.name() + "' has no complete trial yet"));
    }
}
