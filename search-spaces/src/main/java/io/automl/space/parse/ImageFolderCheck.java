package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.images.ClassFolders;
import io.automl.space.policy.Policy;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks the folders of an {@code images} data set that exist and may be read: the training folder needs at least
 * two class subfolders, each with an image, and no image outside a class folder; every class folder of the
 * {@code validation} and {@code test} folders must be a class of the training folder. Lists files only; decoding is
 * the loader's job. Not thread-safe (one use).
 */
final class ImageFolderCheck {
    private final Errors errors;
    private final Policy policy;

    ImageFolderCheck(Errors errors, Policy policy) {
        this.errors = errors;
        this.policy = policy;
    }

    void check(Obj o, String path, String validation, String test) {
        ClassFolders train = scan(o, "path", path);
        if (train == null) {
            return;
        }
        String at = o.pointer("path");
        if (train.classes().size() < 2) {
            errors.add(at, "an images data set needs one subfolder per class, at least two; " + path + " has "
                    + train.classes().size() + (train.classes().isEmpty() ? "" : " (" + String.join(", ",
                    train.names()) + ")"), o.get("path"));
        }
        for (Map.Entry<String, List<Path>> c : train.classes().entrySet()) {
            if (c.getValue().isEmpty()) {
                errors.add(at, "class folder '" + c.getKey() + "' holds no image (" + extensions() + ")",
                        o.get("path"));
            }
        }
        loose(train, at, o.get("path"));
        for (String field : List.of("validation", "test")) {
            ClassFolders other = scan(o, field, field.equals("validation") ? validation : test);
            if (other == null) {
                continue;
            }
            loose(other, o.pointer(field), o.get(field));
            for (String name : other.names()) {
                if (!train.classes().containsKey(name)) {
                    errors.add(o.pointer(field), "class folder '" + name + "' is not a class of " + path + " ("
                            + String.join(", ", train.names()) + ")", o.get(field));
                }
            }
            if (other.imageCount() == 0) {
                errors.add(o.pointer(field), "no image in the class folders of " + other.root() + " ("
                        + extensions() + ")", o.get(field));
            }
        }
    }

    private void loose(ClassFolders f, String at, JsonNode value) {
        if (f.looseImages() > 0) {
            errors.add(at, f.looseImages() + " image(s) lie directly in " + f.root() + "; put each image in the"
                    + " subfolder named after its class", value);
        }
    }

    private ClassFolders scan(Obj o, String field, String folder) {
        if (folder == null) {
            return null;
        }
        Path dir = Path.of(folder);
        if (!dir.isAbsolute() || !policy.permits(dir) || !Files.isDirectory(dir)) {
            return null;
        }
        try {
            return ClassFolders.scan(dir);
        } catch (UncheckedIOException e) {
            errors.add(o.pointer(field), e.getMessage(), o.get(field));
            return null;
        }
    }

    private static String extensions() {
        return String.join(", ", ClassFolders.EXTENSIONS.stream().sorted().toList());
    }
}
