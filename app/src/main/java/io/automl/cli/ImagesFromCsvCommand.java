package io.automl.cli;

import io.automl.eval.data.CsvReader;
import io.automl.eval.data.DatasetException;
import io.automl.eval.data.ImageFolderWriter;
import io.automl.eval.data.LabeledRows;
import io.automl.eval.data.TableParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code automl images-from-csv DATA.csv --out DIR [--label COL] [--height H --width W] [--rgb]}: writes each row of
 * pixel values as a PNG in the subfolder of its class, the layout of an {@code images} data set.
 */
@Command(name = "images-from-csv", mixinStandardHelpOptions = true,
        description = "Write the rows of a CSV file of pixel values (such as the bundled digits) as PNG images in one"
                + " subfolder per class: a folder an \"images\" data set reads.")
final class ImagesFromCsvCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "Rows of height x width pixel values, row by row,"
            + " and a label column.")
    Path csv;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created).")
    Path out;

    @Option(names = "--label", paramLabel = "COL", defaultValue = "label", description = "The label column (default:"
            + " label).")
    String label;

    @Option(names = "--height", paramLabel = "H", description = "Image height (default: the side of a square image).")
    Integer height;

    @Option(names = "--width", paramLabel = "W", description = "Image width (default: the side of a square image).")
    Integer width;

    @Option(names = "--rgb", description = "Write colour images (level v as R v, G v/2, B 255-v) instead of gray.")
    boolean rgb;

    ImagesFromCsvCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(csv)) {
            throw new UserException("no such file: " + csv);
        }
        LabeledRows rows;
        try {
            rows = new TableParser().parse(new CsvReader().read(csv), label);
        } catch (DatasetException e) {
            throw new UserException(e.getMessage());
        }
        int n = rows.featureNames().size();
        int side = (int) Math.round(Math.sqrt(n));
        int h = height != null ? height : width != null ? n / width : side;
        int w = width != null ? width : height != null ? n / height : side;
        if (h < 1 || w < 1 || h * w != n) {
            throw new UserException(csv + " has " + n + " feature columns, not " + h + " x " + w + " pixels; give"
                    + " --height and --width");
        }
        try {
            int written = new ImageFolderWriter().write(rows, h, w, out, rgb);
            console.out().printf("wrote %d %dx%d %s images in %d class folders below %s%n", written, h, w,
                    rgb ? "RGB" : "gray", rows.labelNames().size(), out);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        return 0;
    }
}
