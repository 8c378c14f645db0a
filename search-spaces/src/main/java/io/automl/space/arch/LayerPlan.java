package io.automl.space.arch;

/** One concrete hidden layer of a candidate network. */
public sealed interface LayerPlan {

    /** A fully connected layer with {@code units} outputs, then dropout at {@code dropout} (0: none). */
    record Dense(int units, String activation, double dropout) implements LayerPlan {
        public Dense {
            if (units < 1 || dropout < 0 || dropout >= 1) {
                throw new IllegalArgumentException("dense layer needs units >= 1 and 0 <= dropout < 1");
            }
        }
    }
}
