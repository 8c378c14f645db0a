package io.automl.space.arch;

import java.util.Objects;

/** One concrete hidden layer of a candidate network. Immutable. */
public sealed interface LayerPlan {

    /** A fully connected layer with {@code units} outputs, then dropout at {@code dropout} (0: none). */
    record Dense(int units, String activation, double dropout) implements LayerPlan {
        public Dense {
            if (units < 1 || dropout < 0 || dropout >= 1) {
                throw new IllegalArgumentException("dense layer needs units >= 1 and 0 <= dropout < 1");
            }
        }
    }

    /** A 2-D convolution; {@code padding} is {@code same} (output size input/stride) or {@code valid}. */
    record Conv2d(int filters, int kernel, int stride, String padding, String activation) implements LayerPlan {
        public Conv2d {
            if (filters < 1 || kernel < 1 || stride < 1) {
                throw new IllegalArgumentException("conv2d needs filters, kernel and stride >= 1");
            }
            if (!"same".equals(padding) && !"valid".equals(padding)) {
                throw new IllegalArgumentException("padding must be same or valid: " + padding);
            }
            Objects.requireNonNull(activation, "activation");
        }
    }

    /** 2-D pooling ({@code max} or {@code avg}) with a square window, no padding. */
    record Pool2d(String mode, int size, int stride) implements LayerPlan {
        public Pool2d {
            if (!"max".equals(mode) && !"avg".equals(mode)) {
                throw new IllegalArgumentException("mode must be max or avg: " + mode);
            }
            if (size < 1 || stride < 1) {
                throw new IllegalArgumentException("pool2d needs size and stride >= 1");
            }
        }
    }

    /** Batch normalization. */
    record BatchNorm() implements LayerPlan {
    }

    /** Dropout of a fraction {@code rate} of the inputs while training. */
    record Dropout(double rate) implements LayerPlan {
        public Dropout {
            if (rate < 0 || rate >= 1) {
                throw new IllegalArgumentException("dropout rate must be in [0, 1): " + rate);
            }
        }
    }

    /** An LSTM layer; with {@code returnSequences} false only the last time step goes on. */
    record Lstm(int units, boolean returnSequences, String activation) implements LayerPlan {
        public Lstm {
            if (units < 1) {
                throw new IllegalArgumentException("lstm needs units >= 1");
            }
            Objects.requireNonNull(activation, "activation");
        }
    }

    /** Global pooling over the spatial (image) or time (sequence) axes. */
    record GlobalPool(String mode) implements LayerPlan {
        public GlobalPool {
            if (!"max".equals(mode) && !"avg".equals(mode)) {
                throw new IllegalArgumentException("mode must be max or avg: " + mode);
            }
        }
    }
}
