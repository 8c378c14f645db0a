/**
 * Tuning that applies to ND4J's CPU backend only: the tensor-along-dimension descriptor cache, and the convolution
 * helper that runs DL4J's 2-D convolution layers on libnd4j's oneDNN kernels when the oneDNN build of nd4j-native is
 * loaded. Classes here compile against {@code nd4j-native} and are left out of CUDA builds ({@code mvn -Dcuda});
 * {@link io.automl.eval.dl4j.Nd4jSettings} reaches them by name.
 */
package io.automl.eval.dl4j.cpu;
