/**
 * Trained models as files: the per-trial {@code model} artifact ({@link io.automl.eval.bundle.ModelArtifacts}),
 * the exported bundle ({@link io.automl.eval.bundle.ModelBundle}: a DL4J {@code ModelSerializer} zip plus
 * {@code automl/manifest.json}), its reader and a {@link io.automl.eval.bundle.Predictor} that labels CSV rows
 * (or predicts their regression target).
 */
package io.automl.eval.bundle;
