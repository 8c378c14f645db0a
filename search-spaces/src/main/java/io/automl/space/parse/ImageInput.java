package io.automl.space.parse;

import io.automl.space.DatasetSpec;
import io.automl.space.arch.InputShape;

/** The network input an images data set gives (its height, width and channels). Stateless. */
final class ImageInput {
    private ImageInput() {
    }

    /** The image shape of {@code dataset}'s examples; null when it is not an images data set (or is null). */
    static InputShape of(DatasetSpec dataset) {
        if (dataset == null || dataset.images() == null) {
            return null;
        }
        return InputShape.image(dataset.images().height(), dataset.images().width(), dataset.images().channels());
    }
}
