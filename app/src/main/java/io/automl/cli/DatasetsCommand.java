package io.automl.cli;

import io.automl.app.Services;
import io.automl.eval.datasets.NamedDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code automl datasets}: the named data sets of the data directory. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the named data sets of the data directory (added with 'automl dataset add').")
final class DatasetsCommand implements Callable<Integer> {
    private final Console console;

    @Mixin
    DataOption dataOption;

    DatasetsCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (Services services = dataOption.open(console.env())) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"name", "type", "rows", "columns or classes", "bytes", "sha256"});
            for (NamedDataset d : services.datasets().list()) {
                rows.add(new String[] {d.name(), d.type(), String.valueOf(d.rows()), describe(d),
                    String.valueOf(d.bytes()), d.sha256()});
            }
            console.out().print(Reports.align(rows));
            return 0;
        }
    }

    /** Columns of a CSV, or images per class. */
    static String describe(NamedDataset d) {
        if (!d.columns().isEmpty()) {
            return d.columns().size() + " columns";
        }
        return d.perClass().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
