package io.automl.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Library versions for provenance, read from the jars' Maven metadata. Stateless. */
final class Versions {
    private Versions() {
    }

    /** The deeplearning4j-nn version on the class path, or "unknown". */
    static String dl4j() {
        String res = "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties";
        try (InputStream in = org.deeplearning4j.nn.multilayer.MultiLayerNetwork.class.getResourceAsStream(res)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + res, e);
        }
    }
}
