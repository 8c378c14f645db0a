package io.automl.eval.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** DL4J and ND4J versions, for provenance and version checks, read from the jars' Maven metadata. Stateless. */
public final class LibraryVersions {
    private LibraryVersions() {
    }

    /** The deeplearning4j-nn version on the class path, or "unknown". */
    public static String dl4j() {
        return version(org.deeplearning4j.nn.multilayer.MultiLayerNetwork.class,
                "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties");
    }

    /** The nd4j-api version on the class path, or "unknown"; reading it does not start ND4J. */
    public static String nd4j() {
        return version(org.nd4j.linalg.api.ndarray.INDArray.class, "/META-INF/maven/org.nd4j/nd4j-api/pom.properties");
    }

    private static String version(Class<?> inJar, String res) {
        try (InputStream in = inJar.getResourceAsStream(res)) {
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
