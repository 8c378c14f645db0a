package io.automl.eval.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes an exported model bundle: a valid DL4J {@code ModelSerializer} zip (so
 * {@code ModelSerializer.restoreMultiLayerNetwork(file)} and {@code restoreNormalizerFromFile(file)} open
 * it with no code of ours) plus the entry {@value #MANIFEST_ENTRY} ({@link BundleManifest}). The file is
 * written to a temporary file next to the target and moved into place, so a reader never sees a
 * half-written bundle. Thread-safe.
 */
public final class ModelBundle {
    /** The zip entry holding the manifest. */
    public static final String MANIFEST_ENTRY = "automl/manifest.json";
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ModelArtifacts artifacts = new ModelArtifacts();

    /** Writes the bundle for {@code contents} to {@code out} (replacing it) and returns its manifest. */
    public BundleManifest export(Path out, BundleContents contents) throws IOException {
        byte[] model = contents.model();
        ModelInfo info = artifacts.info(model);
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT_VERSION, contents.studyName(),
                contents.trialNumber(), info.labelColumn(), info.labelNames(), info.featureNames(),
                info.input().kind(), contents.config(), contents.metrics(), contents.provenance().toManifest(), info.input(),
                info.task(), info.target());
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                ModelArtifacts.copyWith(model, os, Map.of(MANIFEST_ENTRY, json.writeValueAsBytes(manifest)));
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return manifest;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
