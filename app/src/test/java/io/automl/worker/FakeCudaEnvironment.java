package io.automl.worker;

/** The shape of ND4J's {@code CudaEnvironment} API that {@link CudaPinning} calls, recording what it was told. */
public final class FakeCudaEnvironment {
    private static final FakeCudaEnvironment INSTANCE = new FakeCudaEnvironment();
    private final Configuration configuration = new Configuration();

    public static FakeCudaEnvironment getInstance() {
        return INSTANCE;
    }

    public Configuration getConfiguration() {
        return configuration;
    }

    /** The recorded configuration calls. */
    public static final class Configuration {
        volatile Boolean multiGpu;
        volatile int[] devices;

        public Configuration allowMultiGPU(boolean reallyAllow) {
            multiGpu = reallyAllow;
            return this;
        }

        public Configuration useDevices(int... ids) {
            devices = ids.clone();
            return this;
        }
    }
}
