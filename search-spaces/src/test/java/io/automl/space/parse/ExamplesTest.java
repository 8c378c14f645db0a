package io.automl.space.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.SearchSpace;
import io.automl.space.SpaceSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled example spaces parse, point at intact bundled data, and the YAML twin equals the JSON. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");
    private final SpaceParser parser = new SpaceParser();

    @ParameterizedTest
    @ValueSource(strings = {"digits-mlp.json", "digits-mlp.yaml", "iris-mlp.json", "wine-mlp.json",
            "breast-cancer-mlp.json", "digits-cnn.json", "digits-lstm.json", "wine-regression.json", "iris-pareto.json"})
    void examplesParseAndPointAtTheirData(String file) throws Exception {
        SearchSpace s = parser.parseFile(EXAMPLES.resolve(file));
        Path data = Path.of(s.dataset().path());
        assertTrue(data.isAbsolute() && Files.isRegularFile(data), data.toString());
        assertEquals(EXAMPLES.resolve("datasets").toAbsolutePath().normalize(), data.getParent());
        String header = Files.newBufferedReader(data).readLine();
        assertTrue(header.endsWith(",label"), header);
        assertEquals(2, s.budget().parallelism());
        assertTrue(s.budget().epochs() <= 60);
        assertTrue(s.architecture().isPresent());
    }

    @Test
    void digitsYamlTwinEqualsTheJson() {
        SearchSpace json = parser.parseFile(EXAMPLES.resolve("digits-mlp.json"));
        SearchSpace yaml = parser.parseFile(EXAMPLES.resolve("digits-mlp.yaml"));
        assertEquals(json.name(), yaml.name());
        assertEquals(json.objective(), yaml.objective());
        assertEquals(json.dataset(), yaml.dataset());
        assertEquals(json.budget(), yaml.budget());
        assertEquals(json.sampler(), yaml.sampler());
        assertEquals(json.pruner(), yaml.pruner());
        assertEquals(json.earlyStopping(), yaml.earlyStopping());
        assertEquals(json.evaluator(), yaml.evaluator());
        assertEquals(json.params(), yaml.params());
        assertEquals(json.architecture(), yaml.architecture());
        assertEquals(json.dimensions(), yaml.dimensions());
    }

    @Test
    void digitsMatchesTheAdvertisedSearch() {
        SearchSpace s = parser.parseFile(EXAMPLES.resolve("digits-mlp.json"));
        assertEquals(12, s.budget().trials());
        assertEquals(30, s.budget().epochs());
        assertEquals(42L, s.sampler().seed());
        assertEquals(7L, s.dataset().split().seed());
        assertEquals(4, s.earlyStopping().orElseThrow().patience());
        // 4 params + repeat + 2 possible layers x (units, activation, dropout)
        assertEquals("digits-mlp: 4 params, 11 dimensions, grid: infinite (continuous dimensions)",
                SpaceSummary.of(s).toString());
    }

    @Test
    void bundledDataMatchTheirChecksums() throws Exception {
        Path dir = EXAMPLES.resolve("datasets");
        List<String> lines = Files.readAllLines(dir.resolve("SHA256SUMS"));
        assertEquals(4, lines.size());
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(parts[1])));
            assertEquals(parts[0], HexFormat.of().formatHex(digest), parts[1]);
        }
        assertTrue(Files.readString(dir.resolve("README.md")).contains("BSD-3-Clause"));
    }

    @Test
    void fashionCnnParsesAsAnIdxImageSearch() {
        SearchSpace s = new SpaceParser(new SpaceParser.Options(true, false))
                .parseFile(EXAMPLES.resolve("fashion-cnn.json"));
        assertEquals("idx", s.dataset().type());
        assertEquals("/usr/share/datasets/fashion-mnist/train-labels-idx1-ubyte.gz", s.dataset().labels());
        assertEquals(io.automl.space.arch.InputShape.image(28, 28, 1), s.architecture().orElseThrow().input());
    }
}
