package io.automl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code automl validate} checks sampler and pruner options against the registered plugins. */
class ValidatePluginOptionsTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun validate(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode space = (ObjectNode) json.readTree(Examples.file("digits-mlp.json").toFile());
        ((ObjectNode) space.at("/dataset")).put("path", Examples.file("datasets/digits.csv").toString());
        edit.accept(space);
        Path file = dir.resolve("space.json");
        Files.writeString(file, space.toString());
        return CliRun.of(Map.of(), "validate", file.toString());
    }

    @Test
    void aMisspelledSamplerOptionFailsWithItsPointer() throws Exception {
        CliRun r = validate(s -> s.putObject("sampler").put("type", "tpe").put("seed", 42).put("startupTrails", 5));
        assertEquals(2, r.exitCode(), r.out() + r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("/sampler/startupTrails: unknown option 'startupTrails'; expected one of"
                + " startupTrials, "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(got 5)"), lines.get(0));
    }

    @Test
    void aWronglyTypedPrunerOptionFailsWithItsPointer() throws Exception {
        CliRun r = validate(s -> s.putObject("pruner").put("type", "asha").put("reductionFactor", "three"));
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertEquals(List.of("/pruner/reductionFactor: expected an integer (got \"three\")"), r.err().lines().toList());
    }

    @Test
    void everyRegisteredSamplerIsAccepted() throws Exception {
        CliRun r = validate(s -> s.putObject("sampler").put("type", "halton").put("seed", 3));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("digits-mlp: "), r.out());
    }
}
