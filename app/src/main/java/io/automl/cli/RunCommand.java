package io.automl.cli;

import io.automl.worker.GpuProbe;
import io.automl.eval.dl4j.NativeThreadEnvironment;
import io.automl.app.Services;
import io.automl.engine.Evaluator;
import io.automl.engine.RunOptions;
import io.automl.engine.StudyRecord;
import io.automl.engine.pareto.ParetoFront;
import io.automl.engine.StudyResult;
import io.automl.space.Budget;
import io.automl.space.SearchSpace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code automl run SPACE}: creates the study named in the space (or resumes it: finished trials are
 * kept, interrupted ones run again) and searches until the trial or time budget is spent.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run (or resume) a search: sample, train and score candidates, then print the top 10.")
final class RunCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "SPACE", description = "The search-space file (JSON or YAML).")
    Path file;

    @Option(names = "--trials", paramLabel = "N", description = "Override budget.trials.")
    Integer trials;

    @Option(names = "--parallelism", paramLabel = "K", description = "Override budget.parallelism (worker threads).")
    Integer parallelism;

    @Option(names = "--name", paramLabel = "NAME", description = "Study name (default: the space's name).")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    DataOption dataOption;

    RunCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.csv) {
            throw new UserException("--format must be table or json for run");
        }
        String text = SpaceFiles.text(file);
        Path baseDir = SpaceFiles.baseDir(file);
        NativeThreadEnvironment.warning(console.env()).ifPresent(console::warn);
        new GpuProbe(Path.of("/dev")).cpuTrainingProblem().ifPresent(problem -> {
            throw new UserException(problem);
        });
        try (Services services = dataOption.open(console.env())) {
            SearchSpace space = overrides(services.parser().parse(text, baseDir));
            StudyRecord study = services.catalog().openOrCreate(space, text, baseDir.toString());
            Evaluator evaluator = services.evaluators().create(space, baseDir);
            RunOptions options = RunOptions.local(space.budget().parallelism())
                    .withExclusive(services.location().isEmbedded());
            ProgressBar progress = new ProgressBar(console, space.budget().trials(), space.objective(),
                    services.store().counts(study.id()).finished());
            StudyResult result = services.runner().run(study, space, evaluator, options, progress);
            progress.done();
            Reports reports = new Reports(services.store(), services.json());
            if (format == OutputFormat.json) {
                console.out().println(reports.runJson(result, space));
            } else if (space.multiObjective()) {
                console.out().print(reports.summary(result, space.objective().metric(), space.sampler().type()));
                console.out().print(ParetoReport.table(ParetoFront.of(space.objectives(),
                        services.store().trials(result.study().id()))));
            } else {
                console.out().print(reports.summary(result, space.objective().metric(), space.sampler().type()));
                console.out().print(reports.table(result.study(), 10));
            }
            return 0;
        }
    }

    private SearchSpace overrides(SearchSpace space) {
        SearchSpace s = name == null ? space : space.withName(name);
        Budget b = s.budget();
        if (trials != null) {
            if (trials < 1) {
                throw new UserException("--trials must be >= 1, got " + trials);
            }
            b = b.withTrials(trials);
        }
        if (parallelism != null) {
            if (parallelism < 1) {
                throw new UserException("--parallelism must be >= 1, got " + parallelism);
            }
            b = b.withParallelism(parallelism);
        }
        return s.withBudget(b);
    }
}
