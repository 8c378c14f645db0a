package io.automl.cli;

import io.automl.eval.data.DatasetException;
import io.automl.eval.data.ImageFolderInspector;
import io.automl.eval.data.ImageFolderReader;
import io.automl.space.DatasetSpec;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints what the folders of an images data set hold, for {@code automl validate}: per folder a line of images per
 * class and a line of the stored sizes found; files that cannot be decoded become errors at the folder's pointer
 * (exit code 2).
 */
final class ImageFolderLines {
    private final Console console;

    ImageFolderLines(Console console) {
        this.console = console;
    }

    void print(DatasetSpec dataset) throws InterruptedException {
        List<ImageFolderInspector.Report> reports;
        try {
            reports = new ImageFolderInspector(new ImageFolderReader()).inspect(dataset);
        } catch (DatasetException e) {
            throw new InvalidSpaceException(List.of(new SpaceError("/dataset/path", e.getMessage(), null)));
        }
        List<SpaceError> errors = new ArrayList<>();
        for (ImageFolderInspector.Report r : reports) {
            String field = r.pointer().substring("/dataset/".length());
            console.out().printf("%s: %d images in %d classes (%s)%n", field, r.images(), r.perClass().size(),
                    r.perClass().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")));
            console.out().printf("%s sizes: %s%n", field, r.sizes().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
            r.failures().forEach(f -> errors.add(new SpaceError(r.pointer(), f, null)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSpaceException(errors);
        }
    }
}
