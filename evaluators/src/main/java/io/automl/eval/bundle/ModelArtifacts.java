package io.automl.eval.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.dataset.api.preprocessor.Normalizer;
import org.nd4j.linalg.dataset.api.preprocessor.serializer.NormalizerSerializer;

/**
 * The {@code model} artifact of a trial: a DL4J {@code ModelSerializer} zip (configuration,
 * coefficients, normalizer; no updater state) with one more entry, {@value #INFO_ENTRY}, holding the
 * {@link ModelInfo} as JSON. {@code ModelSerializer} reads it unchanged. Thread-safe (each instance owns
 * its own JSON mapper, which is thread-safe once configured).
 */
public final class ModelArtifacts {
    /** The zip entry holding the {@link ModelInfo}. */
    public static final String INFO_ENTRY = "automl/model-info.json";
    private final ObjectMapper json = new ObjectMapper();

    /** Serializes {@code network} with {@code normalizer} (may be null) and {@code info}. */
    public byte[] write(MultiLayerNetwork network, DataNormalization normalizer, ModelInfo info) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, plain, false);
        Map<String, byte[]> extra = new java.util.HashMap<>();
        extra.put(INFO_ENTRY, json.writeValueAsBytes(info));
        if (normalizer != null) {
            // written as its own entry: ModelSerializer's stream variant with a normalizer fails in 1.0.0-M2.1
            ByteArrayOutputStream norm = new ByteArrayOutputStream();
            NormalizerSerializer.getDefault().write(normalizer, norm);
            extra.put(ModelSerializer.NORMALIZER_BIN, norm.toByteArray());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.size() + 1024);
        copyWith(plain.toByteArray(), out, extra);
        return out.toByteArray();
    }

    /** Restores network, normalizer and info from artifact bytes. */
    public TrainedModel read(byte[] artifact) throws IOException {
        Pair<MultiLayerNetwork, Normalizer> p = ModelSerializer.restoreMultiLayerNetworkAndNormalizer(
                new ByteArrayInputStream(artifact), false);
        return new TrainedModel(p.getFirst(), p.getSecond(), info(artifact));
    }

    /** The {@link ModelInfo} stored in artifact bytes. */
    public ModelInfo info(byte[] artifact) throws IOException {
        byte[] raw = entry(artifact, INFO_ENTRY);
        if (raw == null) {
            throw new IOException("model has no " + INFO_ENTRY + " entry");
        }
        return json.readValue(raw, ModelInfo.class);
    }

    /** The bytes of zip entry {@code name}, or null when absent. */
    static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }

    /**
     * Copies every entry of {@code zip} to {@code out} except those named in {@code extra}, then adds the
     * {@code extra} entries. Closes nothing but the zip stream it creates (which finishes {@code out}).
     */
    static void copyWith(byte[] zip, OutputStream out, Map<String, byte[]> extra) throws IOException {
        ZipOutputStream z = new ZipOutputStream(out);
        try (InputStream src = new ByteArrayInputStream(zip); ZipInputStream in = new ZipInputStream(src)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (extra.containsKey(e.getName())) {
                    continue;
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
        }
        for (Map.Entry<String, byte[]> x : new java.util.TreeMap<>(extra).entrySet()) {
            z.putNextEntry(new ZipEntry(x.getKey()));
            z.write(x.getValue());
            z.closeEntry();
        }
        z.finish();
    }
}
