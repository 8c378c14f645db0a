package io.automl.cli;

import io.automl.app.Services;
import io.automl.eval.datasets.DatasetStoreException;
import io.automl.eval.datasets.DatasetUses;
import io.automl.eval.datasets.NamedDataset;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code automl dataset add FILE --name N} and {@code automl dataset rm N}: store a CSV, a zip of class folders or a
 * zip of an IDX pair under a name that spaces use as {@code "dataset": {"ref": "N"}}, or remove one that no running
 * study uses.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true, description = "Add or remove a named data set.",
        subcommands = {DatasetCommand.Add.class, DatasetCommand.Remove.class})
final class DatasetCommand implements Callable<Integer> {
    private final Console console;

    DatasetCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        throw new UserException("name a subcommand: 'automl dataset add FILE --name N' or 'automl dataset rm N'");
    }

    private static UserException user(DatasetStoreException e) {
        return new UserException(e.getMessage());
    }

    /** {@code automl dataset add FILE --name N}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Store a CSV file, a zip of class folders"
            + " of images or a zip of an IDX image and label pair under a name.")
    static final class Add implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        DatasetCommand parent;

        @Mixin
        DataOption dataOption;

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file or zip.")
        Path file;

        @Option(names = "--name", required = true, paramLabel = "N", description = "The name spaces use as ref.")
        String name;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new UserException("no such file: " + file);
            }
            Console console = parent.console;
            try (Services services = dataOption.open(console.env()); InputStream in = Files.newInputStream(file)) {
                NamedDataset d = services.datasets().add(name, in);
                console.out().printf("added %s: %s, %d %s (%s), sha256 %s%n", d.name(), d.type(), d.rows(),
                        d.type().equals("csv") ? "rows" : "images", DatasetsCommand.describe(d), d.sha256());
                return 0;
            } catch (DatasetStoreException e) {
                throw user(e);
            }
        }
    }

    /** {@code automl dataset rm N}. */
    @Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove a named data set that no running"
            + " study uses.")
    static final class Remove implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        DatasetCommand parent;

        @Mixin
        DataOption dataOption;

        @Parameters(index = "0", paramLabel = "N", description = "The data set's name.")
        String name;

        @Override
        public Integer call() {
            Console console = parent.console;
            try (Services services = dataOption.open(console.env())) {
                NamedDataset d = new DatasetUses().removeUnused(services.datasets(), name,
                        services.store().studies());
                console.out().println("removed " + d.name());
                return 0;
            } catch (DatasetStoreException e) {
                throw user(e);
            }
        }
    }
}
