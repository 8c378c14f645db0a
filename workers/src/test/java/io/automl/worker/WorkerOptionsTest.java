package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.automl.eval.dl4j.Nd4jSettings;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The JVM options local worker processes inherit from their server. */
class WorkerOptionsTest {

    @Test
    void theDescriptorCacheSwitchReachesWorkersOnlyWhenSet() {
        assertEquals(List.of(), WorkerSupervisor.Settings.forwardedProperties(new Properties()));
        Properties off = new Properties();
        off.setProperty(Nd4jSettings.SWITCH, "false");
        off.setProperty("unrelated", "x");
        assertEquals(List.of("-Dautoml.nd4j.descriptorCaches=false"), WorkerSupervisor.Settings.forwardedProperties(off));
    }
}
