package io.automl.space.arch;

import java.util.Objects;

/** The output layer: activation ({@code softmax}, {@code sigmoid}, {@code identity}) and loss ({@code mcxent}, {@code mse}, ...). */
public record OutputSpace(String activation, String loss) {
    public OutputSpace {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(loss, "loss");
    }
}
