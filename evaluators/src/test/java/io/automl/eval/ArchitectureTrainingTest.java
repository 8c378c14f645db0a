package io.automl.eval;

import static io.automl.eval.ArchSpaces.centre;
import static io.automl.eval.ArchSpaces.digits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.eval.data.DatasetCache;
import io.automl.space.SearchSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real training of small networks of every layer type on digits rows read as images and as sequences. */
class ArchitectureTrainingTest {
    private static final String IMAGE = "\"input\": {\"type\": \"image\", \"height\": 8, \"width\": 8, \"channels\": 1}";
    private static final String SEQUENCE = "\"input\": {\"type\": \"sequence\", \"steps\": 8, \"features\": 8}";
    private final DatasetCache cache = new DatasetCache();

    private Evaluation train(SearchSpace space) throws Exception {
        return new Dl4jEvaluator(space, TestSpaces.BASE, cache).evaluate(new TestTrial(centre(space), 5));
    }

    @Test
    void convolutionBatchnormPoolingAndGlobalPoolingLearnDigitImages() throws Exception {
        SearchSpace space = digits(500, 4, "", "{" + IMAGE + ", \"blocks\": ["
                + "{\"layer\": {\"type\": \"conv2d\", \"filters\": 8, \"kernel\": 3, \"padding\": \"same\"}},"
                + "{\"layer\": {\"type\": \"batchnorm\"}},"
                + "{\"layer\": {\"type\": \"pool2d\", \"mode\": \"max\", \"size\": 2, \"stride\": 2}},"
                + "{\"layer\": {\"type\": \"conv2d\", \"filters\": 8, \"kernel\": 2, \"padding\": \"valid\"}},"
                + "{\"layer\": {\"type\": \"globalpool\", \"mode\": \"avg\"}},"
                + "{\"layer\": {\"type\": \"dropout\", \"rate\": 0.1}}]}");
        Evaluation e = train(space);
        assertTrue(e.value() > 0.25, "validation accuracy of a small global-pooled CNN on 500 digits (guessing: 0.1): "
                + e.value());
        // conv 3x3x1x8+8, batchnorm 4x8, conv 2x2x8x8+8, output 8x10+10
        assertEquals(80L + 32 + 264 + 90, ((Number) e.attributes().get("parameters")).longValue());
    }

    @Test
    void convolutionFeedsDenseLayersThroughFlattening() throws Exception {
        SearchSpace space = digits(400, 3, "", "{" + IMAGE + ", \"blocks\": ["
                + "{\"layer\": {\"type\": \"conv2d\", \"filters\": 4, \"kernel\": 3, \"padding\": \"valid\"}},"
                + "{\"layer\": {\"type\": \"pool2d\", \"mode\": \"avg\", \"size\": 2, \"stride\": 2}},"
                + "{\"layer\": {\"type\": \"dense\", \"units\": 16}}]}");
        Evaluation e = train(space);
        assertTrue(e.value() > 0.5, "validation accuracy: " + e.value());
        // conv 3x3x4+4 -> 6x6x4 -> pool 3x3x4 = 36 -> dense 36x16+16 -> output 16x10+10
        assertEquals(40L + 592 + 170, ((Number) e.attributes().get("parameters")).longValue());
    }

    @Test
    void stackedLstmsLearnDigitRowsAsSequences() throws Exception {
        SearchSpace space = digits(400, 3, "", "{" + SEQUENCE + ", \"blocks\": ["
                + "{\"layer\": {\"type\": \"lstm\", \"units\": 16, \"returnSequences\": true}},"
                + "{\"layer\": {\"type\": \"lstm\", \"units\": 16, \"returnSequences\": false}}]}");
        Evaluation e = train(space);
        assertTrue(e.value() > 0.3, "validation accuracy of a small LSTM: " + e.value());
        // lstm: 4 x (in x units + units x units + units)
        long lstm1 = 4L * (8 * 16 + 16 * 16 + 16);
        long lstm2 = 4L * (16 * 16 + 16 * 16 + 16);
        assertEquals(lstm1 + lstm2 + 170, ((Number) e.attributes().get("parameters")).longValue());
    }

    @Test
    void globalPoolingOverTimeEndsASequenceNetwork() throws Exception {
        SearchSpace space = digits(400, 4, "", "{" + SEQUENCE + ", \"blocks\": ["
                + "{\"layer\": {\"type\": \"lstm\", \"units\": 12, \"returnSequences\": true}},"
                + "{\"layer\": {\"type\": \"globalpool\", \"mode\": \"max\"}}]}");
        Evaluation e = train(space);
        assertTrue(e.value() > 0.2, "validation accuracy: " + e.value());
    }

    @Test
    void optionalBlockLeftOutBuildsTheShorterNetwork() throws Exception {
        SearchSpace space = digits(300, 1, "", "{\"blocks\": [{\"optional\": true, \"layer\": {\"type\": \"dense\","
                + " \"units\": 32}}, {\"layer\": {\"type\": \"dense\", \"units\": 8}}]}");
        var on = new java.util.LinkedHashMap<>(centre(space).values());
        on.put("arch.b0.on", false);
        on.remove("arch.b0.repeat");
        on.remove("arch.b0.l0.units");
        on.remove("arch.b0.l0.activation");
        on.remove("arch.b0.l0.dropout");
        io.automl.space.Config off = new io.automl.space.Config(on);
        assertEquals(List.of(), space.validate(off));
        Evaluation e = new Dl4jEvaluator(space, TestSpaces.BASE, cache).evaluate(new TestTrial(off, 1));
        assertEquals(64L * 8 + 8 + 90, ((Number) e.attributes().get("parameters")).longValue());
    }

    @Test
    void sizeGuardRefusesLargeActivationsBeforeTraining() {
        SearchSpace space = digits(300, 1, ", \"maxActivationMB\": 1", "{" + IMAGE + ", \"blocks\": ["
                + "{\"layer\": {\"type\": \"conv2d\", \"filters\": 512, \"kernel\": 3}}]}");
        EvaluationException e = assertThrows(EvaluationException.class, () -> train(space));
        assertTrue(e.getMessage().matches("network needs about [0-9,]+ MB of activation memory at batch size 32 .*"
                + "limit 1 MB"), e.getMessage());
    }

    @Test
    void sizeGuardRefusesTooManyParameters() {
        SearchSpace space = digits(300, 1, ", \"maxParameters\": 1000", "{\"blocks\": ["
                + "{\"layer\": {\"type\": \"dense\", \"units\": 64}}]}");
        EvaluationException e = assertThrows(EvaluationException.class, () -> train(space));
        assertEquals("network has 4,810 parameters, limit 1,000", e.getMessage());
    }

    @Test
    void anImageShapeThatDoesNotMatchTheDataFailsFast() {
        SearchSpace space = digits(300, 1, "", "{\"input\": {\"type\": \"image\", \"height\": 9, \"width\": 9},"
                + " \"blocks\": [{\"layer\": {\"type\": \"conv2d\", \"filters\": 4}}]}");
        EvaluationException e = assertThrows(EvaluationException.class, () -> train(space));
        assertEquals("the image input needs 81 values per row, the data have 64 features", e.getMessage());
    }

    @Test
    void aCandidateDl4jCannotBuildFailsWithTheReason() {
        // pooling 3/3 twice on 8x8 gives 2x2, then a valid 3x3 kernel no longer fits: only this candidate fails
        SearchSpace space = digits(300, 1, "", "{" + IMAGE + ", \"blocks\": ["
                + "{\"layer\": {\"type\": \"pool2d\", \"size\": 3, \"stride\": 3}},"
                + "{\"layer\": {\"type\": \"conv2d\", \"filters\": 4, \"kernel\": {\"type\": \"categorical\","
                + " \"values\": [1, 3]}, \"padding\": \"valid\"}}]}");
        var values = new java.util.LinkedHashMap<>(centre(space).values());
        values.put("arch.b1.l0.kernel", 3);
        EvaluationException e = assertThrows(EvaluationException.class, () -> new Dl4jEvaluator(space,
                TestSpaces.BASE, cache).evaluate(new TestTrial(new io.automl.space.Config(values), 1)));
        assertTrue(e.getMessage().startsWith("candidate network cannot be built: layer 2 (ConvolutionLayer) has an"
                + " empty output"), e.getMessage());
    }
}
