package io.automl.eval.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.dataset.api.preprocessor.Normalizer;

/**
 * Opens bundles written by {@link ModelBundle}: reads and checks the manifest (format versions
 * {@value BundleManifest#OLDEST_READABLE_VERSION} to {@value BundleManifest#FORMAT_VERSION}), restores the network
 * and its normalizer. Thread-safe.
 */
public final class BundleReader {
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The manifest of {@code bundle}, without loading the network. */
    public BundleManifest manifest(Path bundle) throws IOException {
        if (!Files.isRegularFile(bundle)) {
            throw new IOException("bundle not found: " + bundle.toAbsolutePath());
        }
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            ZipEntry e = zip.getEntry(ModelBundle.MANIFEST_ENTRY);
            if (e == null) {
                throw new IOException(bundle + " is not a model bundle: it has no " + ModelBundle.MANIFEST_ENTRY);
            }
            try (InputStream in = zip.getInputStream(e)) {
                BundleManifest m = json.readValue(in, BundleManifest.class);
                if (m.formatVersion() < BundleManifest.OLDEST_READABLE_VERSION
                        || m.formatVersion() > BundleManifest.FORMAT_VERSION) {
                    throw new IOException(bundle + ": unsupported bundle format version " + m.formatVersion()
                            + " (this version reads " + BundleManifest.OLDEST_READABLE_VERSION + " to "
                            + BundleManifest.FORMAT_VERSION + ")");
                }
                return m;
            }
        }
    }

    /** The manifest and the restored network and normalizer of {@code bundle}. */
    public Bundle read(Path bundle) throws IOException {
        BundleManifest m = manifest(bundle);
        Pair<MultiLayerNetwork, Normalizer> p = ModelSerializer.restoreMultiLayerNetworkAndNormalizer(
                bundle.toFile(), false);
        return new Bundle(m, new TrainedModel(p.getFirst(), p.getSecond(), m.modelInfo()));
    }
}
