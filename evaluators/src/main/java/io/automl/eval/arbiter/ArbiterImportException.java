package io.automl.eval.arbiter;

import java.util.List;

/**
 * An Arbiter space that cannot be converted faithfully: one line per problem, each naming the Arbiter element
 * (such as {@code layer 1 (DenseLayerSpace) weightInit}) and what is supported instead. All problems of a space are
 * reported together.
 */
public final class ArbiterImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ArbiterImportException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
    }

    /** The problems, one line each. */
    public List<String> problems() {
        return problems;
    }
}
