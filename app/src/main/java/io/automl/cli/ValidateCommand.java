package io.automl.cli;

import io.automl.eval.Dl4jEvaluator;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.PreparedData;
import io.automl.eval.dl4j.NetworkFactory;
import io.automl.eval.dl4j.SmallestNetwork;
import io.automl.space.SearchSpace;
import io.automl.space.SpaceSummary;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code automl validate FILE}: checks a search space and prints a summary, or every error with its pointer. For an
 * images data set it also decodes every image and prints the images per class and the sizes found; for a DL4J space
 * it reads the data set and warns when even the smallest network of the space exceeds the parameter limit or the
 * activation-memory limit, since every trial would then fail.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a search space (JSON or YAML). Prints a summary, or one error per line and exits 2;"
                + " warns when every network of the space exceeds budget.maxParameters or budget.maxActivationMB.")
final class ValidateCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "The search-space file.")
    Path file;

    @picocli.CommandLine.Mixin
    DataOption dataOption;
    @picocli.CommandLine.Option(names = "--skip-size-check",
            description = "Do not read the data set to check the smallest network against the limits (faster).")
    boolean skipSizeCheck;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        // named data sets ("ref") come from the data directory; nothing else of it is opened
        SpaceParser.Options options = new SpaceParser.Options(io.automl.space.policy.Policy.operator(), true,
                io.automl.app.Services.datasets(dataOption.resolve(console.env()).path(),
                        io.automl.eval.datasets.DatasetLimits.defaults()));
        Path baseDir = SpaceFiles.baseDir(file);
        SearchSpace space = new SpaceParser(options, io.automl.engine.Plugins.standard())
                .parse(SpaceFiles.text(file), baseDir);
        console.out().println(SpaceSummary.of(space));
        if (space.dataset() != null && space.dataset().images() != null) {
            new ImageFolderLines(console).print(space.dataset());
        }
        if (!skipSizeCheck && space.evaluator().type().equals("dl4j") && space.architecture().isPresent()
                && space.dataset() != null) {
            checkSizes(space, baseDir);
        }
        return 0;
    }

    private void checkSizes(SearchSpace space, Path baseDir) throws InterruptedException {
        PreparedData data;
        try {
            data = new DatasetCache().get(space.dataset(), baseDir);
        } catch (RuntimeException e) {
            console.warn("/dataset/path: cannot read the data set to check network sizes: " + e.getMessage());
            return;
        }
        Optional<SmallestNetwork.Floor> floor = new SmallestNetwork().of(space, data.featureNames().size(),
                data.outputs());
        if (floor.isEmpty()) {
            console.warn("/architecture: no candidate network of this space can be built on "
                    + data.featureNames().size() + " features; every trial would fail");
            return;
        }
        SmallestNetwork.Floor f = floor.get();
        long maxParameters = space.budget().maxParameters() > 0 ? space.budget().maxParameters()
                : Dl4jEvaluator.DEFAULT_MAX_PARAMETERS;
        double maxMB = space.budget().maxActivationMB() > 0 ? space.budget().maxActivationMB()
                : NetworkFactory.DEFAULT_MAX_ACTIVATION_MB;
        if (f.parameters() > maxParameters) {
            console.warn(String.format(Locale.ROOT, "/budget/maxParameters: the smallest network of this space has"
                    + " %,d parameters, limit %,d: every trial would fail (smallest: %s)", f.parameters(),
                    maxParameters, ConfigText.compact(f.fewestParameters(), 200)));
        }
        if (f.activationMB() > maxMB) {
            console.warn(String.format(Locale.ROOT, "/budget/maxActivationMB: the smallest network of this space"
                    + " needs about %,.0f MB of activation memory, limit %,.0f MB: every trial would fail"
                    + " (smallest: %s)", f.activationMB(), maxMB, ConfigText.compact(f.leastMemory(), 200)));
        }
    }
}
