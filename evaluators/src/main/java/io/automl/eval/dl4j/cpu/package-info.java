/**
 * Tuning that applies to ND4J's CPU backend only: classes here compile against {@code nd4j-native} and are left out
 * of CUDA builds ({@code mvn -Dcuda}); {@link io.automl.eval.dl4j.Nd4jSettings} reaches them by name.
 */
package io.automl.eval.dl4j.cpu;
