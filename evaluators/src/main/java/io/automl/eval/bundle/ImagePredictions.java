package io.automl.eval.bundle;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The classes a model predicts for image files: {@code files[i]} (as shown: relative to the folder predicted, or
 * the file as given) was predicted as {@code classes[i]}; {@code truth[i]} is the name of the class folder the
 * image lies in, or null for an image outside a class folder. Immutable.
 */
public record ImagePredictions(List<String> files, List<String> classes, List<String> truth) {
    public ImagePredictions {
        files = List.copyOf(files);
        classes = List.copyOf(classes);
        truth = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(truth));
        if (files.size() != classes.size() || files.size() != truth.size()) {
            throw new IllegalArgumentException("files, classes and truth differ in length");
        }
    }

    /** How many images lie in class folders (and are scored). */
    public int scored() {
        return (int) truth.stream().filter(java.util.Objects::nonNull).count();
    }

    /** The fraction of the images in class folders predicted as their folder's class; empty when there is none. */
    public OptionalDouble accuracy() {
        int n = 0;
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i) != null) {
                n++;
                correct += truth.get(i).equals(classes.get(i)) ? 1 : 0;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(correct / (double) n);
    }
}
