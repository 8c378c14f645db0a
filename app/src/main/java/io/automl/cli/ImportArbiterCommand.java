package io.automl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.eval.arbiter.ArbiterImport;
import io.automl.eval.arbiter.ArbiterImportException;
import io.automl.eval.arbiter.ImportOptions;
import io.automl.eval.arbiter.ImportedSpace;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import io.automl.space.parse.SpaceParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code automl import-arbiter FILE [--out SPACE.json] [--dataset PATH --label COL]}: converts the JSON or YAML of an
 * Arbiter {@code MultiLayerSpace} to a search space, checks it like {@code validate}, and prints or writes it. Notes
 * on ignored settings go to stderr; an unreadable or unsupported file exits 2 with one line per problem.
 */
@Command(name = "import-arbiter", mixinStandardHelpOptions = true,
        description = "Convert an Arbiter MultiLayerSpace (its toJson() or toYaml()) to a search space.")
final class ImportArbiterCommand implements Callable<Integer> {
    private static final String DEFAULT_DATASET = "data.csv";

    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE", description = "Arbiter's JSON or YAML of a MultiLayerSpace.")
    Path file;

    @Option(names = "--out", paramLabel = "SPACE.json", description = "Write the space here (default: stdout).")
    Path out;

    @Option(names = "--dataset", paramLabel = "PATH",
            description = "The CSV data set, relative to the current folder (default: data.csv, filled in later).")
    Path dataset;

    @Option(names = "--label", paramLabel = "COL", defaultValue = "label",
            description = "The label column (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--name", paramLabel = "NAME", description = "The study name (default: FILE's name).")
    String name;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "accuracy",
            description = "The objective metric (default: ${DEFAULT-VALUE}, maximized).")
    String metric;

    ImportArbiterCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        String text = SpaceFiles.text(file);
        ArbiterImport importer = new ArbiterImport(new ObjectMapper());
        String study = name != null ? name : file.getFileName().toString().replaceFirst("\\.[^.]*$", "")
                .replaceAll("[^A-Za-z0-9_.-]", "-").replaceFirst("^[.-]+", "");
        ImportedSpace space;
        try {
            space = importer.convert(importer.read(text), new ImportOptions(study.isEmpty() ? "arbiter" : study,
                    datasetPath(), label, metric, metric.equals("accuracy") ? "maximize" : null));
        } catch (ArbiterImportException e) {
            throw new UserException(file + ": cannot import:\n  " + String.join("\n  ", e.problems()));
        }
        for (String note : space.notes()) {
            console.err().println("note: " + note);
        }
        check(space.json());
        if (out == null) {
            console.out().println(space.json());
            return 0;
        }
        try {
            Files.writeString(out, space.json() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        console.out().println("wrote " + out);
        return 0;
    }

    /**
     * Checks the space like {@code validate}; without {@code --dataset} a missing data file is only a note, since the
     * user fills the path in afterwards.
     */
    private void check(String json) {
        Path base = out != null ? SpaceFiles.baseDir(out) : Path.of("").toAbsolutePath();
        try {
            new SpaceParser(io.automl.engine.Plugins.standard()).parse(json, base);
        } catch (InvalidSpaceException e) {
            List<SpaceError> rest = e.errors().stream().filter(err -> dataset != null
                    || !err.pointer().equals("/dataset/path")).toList();
            if (!rest.isEmpty()) {
                throw new InvalidSpaceException(rest);
            }
            console.err().println("note: /dataset/path: " + datasetPath() + " does not exist; set --dataset or edit"
                    + " the path");
        }
    }

    /** The data set's path as the written space needs it: relative to the output's folder when there is one. */
    private String datasetPath() {
        if (dataset == null) {
            return DEFAULT_DATASET;
        }
        Path data = dataset.toAbsolutePath().normalize();
        if (out == null) {
            return dataset.toString();
        }
        return SpaceFiles.baseDir(out).relativize(data).toString();
    }
}
