package io.automl.cli;

import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import io.automl.space.SpaceSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code automl validate FILE}: checks a search space and prints a summary, or every error with its pointer; for an
 * images data set it also decodes every image and prints the images per class and the sizes found.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a search space (JSON or YAML). Prints a summary, or one error per line and exits 2.")
final class ValidateCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "The search-space file.")
    Path file;

    @picocli.CommandLine.Mixin
    DataOption dataOption;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        // named data sets ("ref") come from the data directory; nothing else of it is opened
        SpaceParser.Options options = new SpaceParser.Options(io.automl.space.policy.Policy.operator(), true,
                io.automl.app.Services.datasets(dataOption.resolve(console.env()).path(),
                        io.automl.eval.datasets.DatasetLimits.DEFAULT_MAX_UPLOAD_BYTES));
        SearchSpace space = new SpaceParser(options, io.automl.engine.Plugins.standard())
                .parse(SpaceFiles.text(file), SpaceFiles.baseDir(file));
        console.out().println(SpaceSummary.of(space));
        if (space.dataset() != null && space.dataset().images() != null) {
            new ImageFolderLines(console).print(space.dataset());
        }
        return 0;
    }
}
