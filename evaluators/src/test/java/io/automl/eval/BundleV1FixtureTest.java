package io.automl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.eval.bundle.BundleManifest;
import io.automl.eval.bundle.BundleReader;
import io.automl.eval.bundle.Predictions;
import io.automl.eval.bundle.Predictor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bundle written by format version 1 stays readable and predicts. */
class BundleV1FixtureTest {
    private static final Path V1 = Path.of("src/test/resources/bundles/v1-iris.zip");

    @Test
    void versionOneManifestReads() throws Exception {
        BundleManifest m = new BundleReader().manifest(V1);
        assertEquals(1, m.formatVersion());
        assertEquals("iris-study", m.studyName());
        assertEquals(List.of("0", "1", "2"), m.labelNames());
        assertEquals("features", m.inputKind());
        assertEquals(4, m.featureColumns().size());
        assertEquals("classification", m.task(), "bundles from before regression are classifiers");
        assertFalse(m.regression());
        assertEquals(null, m.target());
    }

    @Test
    void versionOneBundlePredictsIris() throws Exception {
        Predictions p = new Predictor().predict(V1, TestSpaces.BASE.resolve("data/iris.csv"));
        assertEquals(150, p.labels().size());
        double recorded = ((Number) new BundleReader().manifest(V1).metrics().get("test_accuracy")).doubleValue();
        assertTrue(p.accuracy().orElseThrow() > 0.9, "accuracy on all of iris: " + p.accuracy());
        assertTrue(recorded > 0.9, "recorded test accuracy " + recorded);
        assertTrue(p.labels().stream().allMatch(l -> List.of("0", "1", "2").contains(l)));
    }
}
