package io.automl.worker;

import java.lang.reflect.Method;

/**
 * Pins ND4J's CUDA backend to one GPU for the whole worker process: {@code CudaEnvironment}'s configuration
 * with multi-GPU off and {@code useDevices(K)}, applied before the first array is created. The backend exists
 * only in builds with {@code -Dcuda}, so it is reached by reflection. Stateless.
 */
public final class CudaPinning {
    static final String ENVIRONMENT = "org.nd4j.jita.conf.CudaEnvironment";
    private final String environmentClass;

    /** Pinning through ND4J's CUDA backend. */
    public CudaPinning() {
        this(ENVIRONMENT);
    }

    CudaPinning(String environmentClass) {
        this.environmentClass = environmentClass;
    }

    /**
     * Makes {@code device} the only GPU ND4J uses in this process.
     *
     * @throws IllegalStateException naming the device when the CUDA backend is missing or refuses
     */
    public void pin(int device) {
        try {
            Class<?> env = Class.forName(environmentClass, true, CudaPinning.class.getClassLoader());
            Object instance = env.getMethod("getInstance").invoke(null);
            Object conf = env.getMethod("getConfiguration").invoke(instance);
            Method multi = conf.getClass().getMethod("allowMultiGPU", boolean.class);
            multi.invoke(conf, false);
            Method use = conf.getClass().getMethod("useDevices", int[].class);
            use.invoke(conf, (Object) new int[] {device});
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot pin gpu:" + device + ": the ND4J CUDA backend (" + environmentClass
                    + ") is not on the class path; build with 'mvn -Dcuda package'", e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot pin gpu:" + device + ": " + cause, cause);
        }
    }
}
