package io.automl.space.parse;

import static io.automl.space.parse.Docs.at;
import static io.automl.space.parse.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.automl.space.DatasetSpec;
import io.automl.space.Direction;
import io.automl.space.SearchSpace;
import io.automl.space.Task;
import io.automl.space.arch.OutputSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data set's task, the metrics and output layers that suit it, excluded columns and target scaling. */
class TaskValidationTest {
    private final Docs docs = new Docs();

    /** The base document turned into a regression on r2 with the default output layer. */
    private static void regression(ObjectNode r) {
        at(r, "/dataset").put("task", "regression");
        at(r, "/objective").put("metric", "r2").remove("direction");
        at(r, "/architecture").remove("output");
    }

    private SpaceError single(Consumer<ObjectNode> edit, String pointer, String value, String words) {
        List<SpaceError> errors = docs.errors(docs.with(edit));
        assertEquals(1, errors.size(), Docs.render(errors));
        return only(errors, pointer, value, words);
    }

    @Test
    void regressionDefaultsToOneLinearOutputAndStandardizedTarget() {
        SearchSpace s = docs.parser.parse(docs.with(TaskValidationTest::regression));
        DatasetSpec d = s.dataset();
        assertEquals(Task.REGRESSION, d.task());
        assertTrue(d.regression());
        assertEquals("standardize", d.normalizeTarget());
        assertEquals(List.of(), d.exclude());
        assertEquals(new OutputSpace("identity", "mse"), s.architecture().orElseThrow().output());
        assertEquals(Direction.MAXIMIZE, s.objective().direction());
    }

    @Test
    void classificationStaysTheDefault() {
        SearchSpace s = docs.parser.parse(Docs.BASE);
        assertEquals(Task.CLASSIFICATION, s.dataset().task());
        assertEquals("none", s.dataset().normalizeTarget());
        SearchSpace noOutput = docs.parser.parse(docs.with(r -> at(r, "/architecture").remove("output")));
        assertEquals(new OutputSpace("softmax", "mcxent"), noOutput.architecture().orElseThrow().output());
    }

    @Test
    void metricDirectionsDefaultByMeaning() {
        for (String m : List.of("mse", "mae")) {
            SearchSpace s = docs.parser.parse(docs.with(r -> {
                regression(r);
                at(r, "/objective").put("metric", m);
            }));
            assertEquals(Direction.MINIMIZE, s.objective().direction(), m);
        }
        SearchSpace auc = docs.parser.parse(docs.with(r -> at(r, "/objective").put("metric", "roc_auc")
                .remove("direction")));
        assertEquals(Direction.MAXIMIZE, auc.objective().direction());
        SearchSpace es = docs.parser.parse(docs.with(r -> {
            regression(r);
            r.putObject("earlyStopping").put("metric", "mae").put("patience", 3);
        }));
        assertEquals("mae", es.earlyStopping().orElseThrow().metric());
    }

    @Test
    void unknownTaskIsAnError() {
        single(r -> at(r, "/dataset").put("task", "tabular"), "/dataset/task", "\"tabular\"",
                "unknown task 'tabular'; expected one of classification, regression");
        single(r -> at(r, "/dataset").put("task", 1), "/dataset/task", "1", "expected a non-empty string");
    }

    @Test
    void metricsMustSuitTheTask() {
        single(r -> {
            regression(r);
            at(r, "/objective").put("metric", "accuracy");
        }, "/objective/metric", "\"accuracy\"", "metric 'accuracy' needs a classification data set, but "
                + "/dataset/task is regression (use one of mse, mae, r2, val_loss)");
        single(r -> at(r, "/objective").put("metric", "r2"), "/objective/metric", "\"r2\"",
                "needs a regression data set, but /dataset/task is classification");
        single(r -> at(r, "/objective").put("metric", "mse").put("direction", "minimize"), "/objective/metric",
                "\"mse\"", "needs a regression data set");
        single(r -> {
            regression(r);
            at(r, "/objective").put("metric", "roc_auc");
        }, "/objective/metric", "\"roc_auc\"", "needs a classification data set");
        single(r -> {
            regression(r);
            r.putObject("earlyStopping").put("metric", "f1_macro");
        }, "/earlyStopping/metric", "\"f1_macro\"", "needs a classification data set");
        single(r -> r.putObject("earlyStopping").put("metric", "mae"), "/earlyStopping/metric", "\"mae\"",
                "needs a regression data set");
        // val_loss suits both
        docs.parser.parse(docs.with(r -> {
            regression(r);
            at(r, "/objective").put("metric", "val_loss");
        }));
    }

    @Test
    void aRegressionOutputCannotBeAClassifier() {
        single(r -> {
            regression(r);
            at(r, "/architecture").putObject("output").put("activation", "softmax");
        }, "/architecture/output/activation", "\"softmax\"", "activation 'softmax' needs a classification data set");
        single(r -> {
            regression(r);
            at(r, "/architecture").putObject("output").put("loss", "mcxent");
        }, "/architecture/output/loss", "\"mcxent\"", "loss 'mcxent' needs a classification data set");
        SearchSpace l1 = docs.parser.parse(docs.with(r -> {
            regression(r);
            at(r, "/architecture").putObject("output").put("loss", "l1");
        }));
        assertEquals(new OutputSpace("identity", "l1"), l1.architecture().orElseThrow().output());
    }

    @Test
    void targetScalingIsForRegressionOnly() {
        single(r -> at(r, "/dataset").put("normalizeTarget", "none"), "/dataset/normalizeTarget", "\"none\"",
                "normalizeTarget applies to regression data sets only");
        single(r -> {
            regression(r);
            at(r, "/dataset").put("normalizeTarget", "minmax");
        }, "/dataset/normalizeTarget", "\"minmax\"", "unknown normalizeTarget 'minmax'");
        SearchSpace raw = docs.parser.parse(docs.with(r -> {
            regression(r);
            at(r, "/dataset").put("normalizeTarget", "none");
        }));
        assertEquals("none", raw.dataset().normalizeTarget());
    }

    @Test
    void excludeListsColumnNames() {
        single(r -> at(r, "/dataset").put("exclude", "label"), "/dataset/exclude", "\"label\"",
                "exclude must be an array of column names");
        single(r -> at(r, "/dataset").putArray("exclude").add("a").add(3), "/dataset/exclude/1", "3",
                "expected a non-empty column name");
        single(r -> at(r, "/dataset").putArray("exclude").add("a").add("a"), "/dataset/exclude/1", "\"a\"",
                "listed twice");
        single(r -> at(r, "/dataset").put("label", "y").putArray("exclude").add("y"), "/dataset/exclude/0",
                "\"y\"", "the label column 'y' cannot be excluded");
        SearchSpace s = docs.parser.parse(docs.with(r -> at(r, "/dataset").putArray("exclude").add("id")));
        assertEquals(List.of("id"), s.dataset().exclude());
    }

    @Test
    void idxDataSetsAreClassification() {
        String idx = """
                {"name": "i", "objective": {"metric": "accuracy"},
                 "dataset": {"type": "idx", "images": "i.gz", "labels": "l.gz", "task": "regression",
                             "exclude": ["px_0_0"]},
                 "architecture": {"blocks": []}}
                """;
        List<SpaceError> errors = docs.errors(idx);
        only(errors, "/dataset/task", "\"regression\"", "an idx data set holds class labels");
        only(errors, "/dataset/exclude", "[\"px_0_0\"]", "'exclude' applies to csv data sets only");
    }

    @Test
    void regressionExamplePredictsFlavanoidsWithoutTheClassLabel() {
        SearchSpace s = docs.parser.parseFile(Path.of("examples/wine-regression.json"));
        assertEquals(Task.REGRESSION, s.dataset().task());
        assertEquals("flavanoids", s.dataset().label());
        assertEquals(List.of("label"), s.dataset().exclude());
        assertEquals("r2", s.objective().metric());
        assertEquals(Direction.MAXIMIZE, s.objective().direction());
        assertEquals("r2", s.earlyStopping().orElseThrow().metric());
        assertEquals(new OutputSpace("identity", "mse"), s.architecture().orElseThrow().output());
    }

    @Test
    void columnsAreCheckedAgainstTheHeader(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("data.csv"), "\"a\",b,label\n1,2,3\n");
        String text = docs.with(r -> {
            regression(r);
            at(r, "/dataset").put("label", "b").putArray("exclude").add("label").add("nope");
        });
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class, () -> docs.parser.parse(text, dir));
        assertEquals(1, e.errors().size(), Docs.render(e.errors()));
        only(e.errors(), "/dataset/exclude/1", "\"nope\"", "no column 'nope'; columns of data.csv: a, b, label");

        String badLabel = docs.with(r -> at(r, "/dataset").put("label", "target"));
        e = assertThrows(InvalidSpaceException.class, () -> docs.parser.parse(badLabel, dir));
        only(e.errors(), "/dataset/label", "\"target\"", "no column 'target'; columns of data.csv: a, b, label");

        SearchSpace ok = docs.parser.parse(docs.with(r -> {
            regression(r);
            at(r, "/dataset").put("label", "a").putArray("exclude").add("label");
        }), dir);
        assertEquals("a", ok.dataset().label());
        assertEquals(List.of("label"), ok.dataset().exclude());
    }

    @Test
    void headersWithQuotedCommasLineBreaksAndAByteOrderMarkAreChecked(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("data.csv"), ("\uFEFF\"a, first\",\"the \"\"b\"\"\nside\", label\n1,2,3\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String text = docs.with(r -> {
            regression(r);
            at(r, "/dataset").put("label", "a, first").putArray("exclude").add("the \"b\"\nside").add("nope");
        });
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class, () -> docs.parser.parse(text, dir));
        assertEquals(1, e.errors().size(), Docs.render(e.errors()));
        only(e.errors(), "/dataset/exclude/1", "\"nope\"",
                "no column 'nope'; columns of data.csv: a, first, the \"b\"\nside, label");
    }

    @Test
    void aHeaderLongerThanTheBoundIsNotChecked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b,label," + "x".repeat(DatasetReader.MAX_HEADER_CHARS) + "\n1,2,3,4\n");
        SearchSpace ok = docs.parser.parse(docs.with(r -> {
            regression(r);
            at(r, "/dataset").put("label", "target");
        }), dir);
        assertEquals("target", ok.dataset().label());
    }
}
