package io.automl.eval.bundle;

import java.util.Objects;

/**
 * An opened bundle: its manifest and the restored model (network, normalizer, model info). The network
 * is not thread-safe; open one bundle per thread.
 */
public record Bundle(BundleManifest manifest, TrainedModel model) {
    public Bundle {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(model, "model");
    }
}
