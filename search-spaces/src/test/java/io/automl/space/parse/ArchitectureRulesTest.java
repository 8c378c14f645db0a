package io.automl.space.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.Categorical;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import io.automl.space.arch.InputShape;
import io.automl.space.arch.LayerPlan;
import io.automl.space.arch.NetworkPlan;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Layer families, input shapes, optional blocks and the static shape rules, each with its pointer. */
class ArchitectureRulesTest {
    private static final String IMAGE = "\"input\": {\"type\": \"image\", \"height\": 8, \"width\": 8, \"channels\": 1}";
    private static final String SEQUENCE = "\"input\": {\"type\": \"sequence\", \"steps\": 8, \"features\": 8}";

    private static String space(String architecture) {
        return "{\"name\": \"s\", \"objective\": {\"metric\": \"accuracy\"}, \"dataset\": {\"type\": \"csv\","
                + " \"path\": \"d.csv\", \"label\": \"label\"}, \"architecture\": " + architecture + "}";
    }

    private static String blocks(String input, String... layers) {
        StringBuilder b = new StringBuilder("{" + input + (input.isEmpty() ? "" : ", ") + "\"blocks\": [");
        for (int i = 0; i < layers.length; i++) {
            b.append(i == 0 ? "" : ", ").append(layers[i]);
        }
        return b.append("]}").toString();
    }

    private SpaceError onlyError(String architecture) {
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class,
                () -> new SpaceParser(new SpaceParser.Options(true, false)).parse(space(architecture)));
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    private SearchSpace parse(String architecture) {
        return new SpaceParser(new SpaceParser.Options(true, false)).parse(space(architecture));
    }

    @Test
    void everyLayerTypeParsesAndPlans() {
        SearchSpace s = parse(blocks(IMAGE,
                "{\"layer\": {\"type\": \"conv2d\", \"filters\": {\"type\": \"int\", \"low\": 4, \"high\": 8},"
                        + " \"kernel\": 3, \"stride\": 1, \"padding\": \"valid\", \"activation\": \"relu\"}}",
                "{\"layer\": {\"type\": \"batchnorm\"}}",
                "{\"layer\": {\"type\": \"pool2d\", \"mode\": \"avg\", \"size\": 2, \"stride\": 2}}",
                "{\"layer\": {\"type\": \"dropout\", \"rate\": 0.25}}",
                "{\"layer\": {\"type\": \"globalpool\", \"mode\": \"max\"}}",
                "{\"layer\": {\"type\": \"dense\", \"units\": 10}}"));
        double[] u = new double[s.dimensions().size()];
        Arrays.fill(u, 0.0);
        NetworkPlan plan = s.plan(s.decode(u)).orElseThrow();
        assertEquals(InputShape.image(8, 8, 1), plan.input());
        assertEquals(List.of(new LayerPlan.Conv2d(4, 3, 1, "valid", "relu"), new LayerPlan.BatchNorm(),
                new LayerPlan.Pool2d("avg", 2, 2), new LayerPlan.Dropout(0.25), new LayerPlan.GlobalPool("max"),
                new LayerPlan.Dense(10, "relu", 0.0)), plan.layers());
        assertTrue(s.dimensions().stream().anyMatch(d -> d.key().equals("arch.b0.l0.filters")));
    }

    @Test
    void lstmDefaultsAndSequenceInput() {
        SearchSpace s = parse(blocks(SEQUENCE, "{\"layer\": {\"type\": \"lstm\", \"units\": 16,"
                + " \"returnSequences\": true}}", "{\"layer\": {\"type\": \"lstm\", \"units\": 8}}"));
        NetworkPlan plan = s.plan(s.decode(new double[s.dimensions().size()])).orElseThrow();
        assertEquals(List.of(new LayerPlan.Lstm(16, true, "tanh"), new LayerPlan.Lstm(8, false, "tanh")),
                plan.layers());
        assertEquals(InputShape.sequence(8, 8), plan.input());
    }

    @Test
    void optionalBlocksAddAPresenceDimensionGuardingTheirFields() {
        SearchSpace s = parse(blocks("", "{\"optional\": 0.3, \"repeat\": {\"type\": \"int\", \"low\": 1,"
                + " \"high\": 2}, \"layer\": {\"type\": \"dense\", \"units\": 8}}",
                "{\"optional\": true, \"layer\": {\"type\": \"dense\", \"units\": 4}}"));
        assertEquals("arch.b0.on", s.dimensions().get(0).key());
        Categorical keep = (Categorical) s.dimensions().get(0).distribution();
        assertEquals(0.3, keep.values().stream().filter(Boolean.TRUE::equals).count() / (double) keep.values().size(),
                1e-12);
        assertEquals(List.of(true, false), ((Categorical) s.dimensions().stream()
                .filter(d -> d.key().equals("arch.b1.on")).findFirst().orElseThrow().distribution()).values());
        Config off = new Config(Map.of("arch.b0.on", false, "arch.b1.on", false));
        assertEquals(List.of(), s.validate(off));
        assertEquals(List.of(), s.plan(off).orElseThrow().layers());
        Config present = s.decode(new double[s.dimensions().size()]);
        assertEquals(Boolean.TRUE, present.get("arch.b0.on"));
        assertEquals(2, s.plan(present).orElseThrow().layers().size());
        assertFalse(s.validate(new Config(Map.of("arch.b0.on", false, "arch.b1.on", false,
                "arch.b0.repeat", 1))).isEmpty(), "fields of a left-out block are inactive");
    }

    @Test
    void convolutionNeedsImages() {
        SpaceError e = onlyError(blocks("", "{\"layer\": {\"type\": \"conv2d\", \"filters\": 4}}"));
        assertEquals("/architecture/blocks/0/layer/type", e.pointer());
        assertTrue(e.message().contains("conv2d cannot take features input"), e.message());
    }

    @Test
    void convolutionAfterLstmIsRefused() {
        SpaceError e = onlyError(blocks(SEQUENCE, "{\"layer\": {\"type\": \"lstm\", \"units\": 4,"
                + " \"returnSequences\": true}}", "{\"layer\": {\"type\": \"conv2d\", \"filters\": 4}}"));
        assertEquals("/architecture/blocks/1/layer/type", e.pointer());
        assertTrue(e.message().contains("conv2d cannot take sequence input"), e.message());
    }

    @Test
    void lstmOnImagesNeedsASequenceInput() {
        SpaceError e = onlyError(blocks(IMAGE, "{\"layer\": {\"type\": \"lstm\", \"units\": 4}}"));
        assertEquals("/architecture/blocks/0/layer/type", e.pointer());
        assertTrue(e.message().contains("lstm cannot take image input"), e.message());
    }

    @Test
    void denseOnASequenceAndASequenceIntoTheOutputAreRefused() {
        SpaceError dense = onlyError(blocks(SEQUENCE, "{\"layer\": {\"type\": \"dense\", \"units\": 4}}"));
        assertEquals("/architecture/blocks/0/layer/type", dense.pointer());
        SpaceError out = onlyError(blocks(SEQUENCE, "{\"layer\": {\"type\": \"lstm\", \"units\": 4,"
                + " \"returnSequences\": {\"type\": \"categorical\", \"values\": [true, false]}}}"));
        assertEquals("/architecture/output", out.pointer());
        assertTrue(out.message().contains("may emit a sequence"), out.message());
    }

    @Test
    void aKernelLargerThanEveryInputIsRefused() {
        SpaceError e = onlyError(blocks(IMAGE, "{\"layer\": {\"type\": \"conv2d\", \"filters\": 4,"
                + " \"kernel\": {\"type\": \"int\", \"low\": 9, \"high\": 11}, \"padding\": \"valid\"}}"));
        assertEquals("/architecture/blocks/0/layer/kernel", e.pointer());
        assertTrue(e.message().contains("kernel 9 is larger than every possible input (at most 8x8)"), e.message());
    }

    @Test
    void poolingThatEmptiesTheImageAtTheLargestRepeatIsRefused() {
        SpaceError e = onlyError(blocks(IMAGE, "{\"repeat\": {\"type\": \"int\", \"low\": 1, \"high\": 4},"
                + " \"layer\": {\"type\": \"pool2d\", \"size\": 2, \"stride\": 2}}"));
        assertEquals("/architecture/blocks/0/layer/size", e.pointer());
        assertTrue(e.message().contains("pooling empties the image at repeat 4: repetition 4 gets 1x1"),
                e.message());
    }

    @Test
    void badInputShapesAndOptionalValues() {
        SpaceError kind = onlyError("{\"input\": {\"type\": \"video\"}, \"blocks\": []}");
        assertEquals("/architecture/input/type", kind.pointer());
        SpaceError height = onlyError("{\"input\": {\"type\": \"image\", \"width\": 8}, \"blocks\": []}");
        assertEquals("/architecture/input/height", height.pointer());
        SpaceError optional = onlyError(blocks("", "{\"optional\": 1.5, \"layer\": {\"type\": \"dense\","
                + " \"units\": 4}}"));
        assertEquals("/architecture/blocks/0/optional", optional.pointer());
        SpaceError padding = onlyError(blocks(IMAGE, "{\"layer\": {\"type\": \"conv2d\", \"filters\": 4,"
                + " \"padding\": \"full\"}}"));
        assertEquals("/architecture/blocks/0/layer/padding", padding.pointer());
        SpaceError rate = onlyError(blocks("", "{\"layer\": {\"type\": \"dropout\"}}"));
        assertEquals("/architecture/blocks/0/layer/rate", rate.pointer());
    }

    @Test
    void sizeGuardLimitsParse() {
        SearchSpace s = new SpaceParser(new SpaceParser.Options(true, false)).parse("{\"name\": \"s\", \"objective\": {\"metric\": \"accuracy\"}, \"dataset\":"
                + " {\"type\": \"csv\", \"path\": \"d.csv\", \"label\": \"label\"}, \"budget\": {\"maxParameters\":"
                + " 5000, \"maxActivationMB\": 64}, \"architecture\": " + blocks("", "{\"layer\": {\"type\":"
                + " \"dense\", \"units\": 4}}") + "}");
        assertEquals(5000, s.budget().maxParameters());
        assertEquals(64.0, s.budget().maxActivationMB());
    }
}
