package io.automl.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.cli.Cli;
import io.automl.cli.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Device slots: parsing, the environment a GPU slot gives command trials, and refusing a GPU this process cannot use. */
class GpuSlotTest {

    @Test
    void slotsParseAndPinCommandTrials() {
        assertEquals(new DeviceSlot.Cpu(), DeviceSlot.parse("cpu"));
        assertEquals(new DeviceSlot.Gpu(3), DeviceSlot.parse("gpu:3"));
        assertEquals(Map.of("CUDA_VISIBLE_DEVICES", "3"), DeviceSlot.parse("gpu:3").environment());
        assertEquals(Map.of(), DeviceSlot.parse("cpu").environment());
        assertThrows(IllegalArgumentException.class, () -> DeviceSlot.parse("gpu:-1"));
        assertThrows(IllegalArgumentException.class, () -> DeviceSlot.parse("tpu"));
    }

    @Test
    void pinningMakesTheSlotsGpuTheOnlyDeviceOfTheCudaBackend() {
        new CudaPinning(FakeCudaEnvironment.class.getName()).pin(2);
        FakeCudaEnvironment.Configuration conf = FakeCudaEnvironment.getInstance().getConfiguration();
        assertEquals(Boolean.FALSE, conf.multiGpu);
        assertEquals(List.of(2), java.util.Arrays.stream(conf.devices).boxed().toList());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> new CudaPinning().pin(1));
        assertTrue(missing.getMessage().contains("gpu:1") && missing.getMessage().contains("CUDA backend"),
                missing.getMessage());
    }

    @Test
    void aGpuSlotThisProcessCannotServeExitsTwoNamingTheDevice() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of("AUTOML_TOKEN", "t"));
        int code = new Cli(console).execute("worker", "--server", "http://127.0.0.1:9", "--device", "gpu:0");
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertTrue(message.contains("gpu:0") && message.contains("not available")
                || message.contains("CUDA backend"), message);
        // here the default build has no CUDA backend, so DL4J trials on a GPU are refused even where one exists
        assertTrue(new GpuProbe(Path.of("/dev")).problem(new DeviceSlot.Gpu(0), true).isPresent());
    }

    @Test
    void aCudaBuildWithoutAGpuRefusesCpuTrainingAtStartUp(@org.junit.jupiter.api.io.TempDir Path dev)
            throws java.io.IOException {
        // this (CPU) build trains on the CPU wherever it runs
        assertTrue(new GpuProbe(Path.of("/dev")).cpuTrainingProblem().isEmpty());
        assertTrue(new GpuProbe(dev, false).cpuTrainingProblem().isEmpty());
        // a CUDA build where the GPU is there
        java.nio.file.Files.createFile(dev.resolve("nvidia0"));
        assertTrue(new GpuProbe(dev, true).cpuTrainingProblem().isEmpty());
        // a CUDA build with no /dev/nvidia*: refused, unless nvidia-smi lists a GPU on this machine
        java.nio.file.Files.delete(dev.resolve("nvidia0"));
        boolean smiGpu = new GpuProbe(dev, true).problem(new DeviceSlot.Gpu(0), true).isEmpty();
        org.junit.jupiter.api.Assumptions.assumeFalse(smiGpu, "nvidia-smi lists a GPU here");
        String problem = new GpuProbe(dev, true).cpuTrainingProblem().orElseThrow();
        assertTrue(problem.contains("-Dcuda") && problem.contains("no GPU"), problem);
    }
}
