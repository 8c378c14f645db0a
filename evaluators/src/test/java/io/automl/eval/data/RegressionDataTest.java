package io.automl.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.DatasetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression data sets: numeric targets, excluded columns, plain random splits and the errors they name. */
class RegressionDataTest {
    private final DatasetCache cache = new DatasetCache();

    private static DatasetSpec spec(String file, String target, List<String> exclude, String normalizeTarget) {
        return DatasetSpec.regression(file, target, exclude, new DatasetSpec.Split(0.2, 0.2, 3), "none",
                normalizeTarget);
    }

    private static Path rows(Path dir, int n) throws Exception {
        StringBuilder sb = new StringBuilder("id,x,y,kind\n");
        for (int i = 0; i < n; i++) {
            sb.append(i).append(',').append(i * 0.5).append(',').append(2.0 * i + 1).append(',')
                    .append(i % 2 == 0 ? "even" : "odd").append('\n');
        }
        return Files.writeString(dir.resolve("r.csv"), sb);
    }

    @Test
    void targetsStayInTheirUnitsAndExcludedColumnsAreNoFeatures(@TempDir Path dir) throws Exception {
        rows(dir, 50);
        PreparedData d = cache.get(spec("r.csv", "y", List.of("id", "kind"), "none"), dir);
        assertEquals(List.of("x"), d.featureNames());
        assertEquals(List.of(), d.labelNames());
        assertEquals("y", d.labelColumn());
        assertEquals(30, d.train().size());
        assertEquals(10, d.validation().size());
        assertEquals(10, d.test().size());
        double[] x = d.train().rawFeatures().toDoubleVector();
        double[] y = d.train().targets();
        for (int i = 0; i < y.length; i++) {
            assertEquals(4 * x[i] + 1, y[i], 1e-9, "row " + i + " keeps its target");
        }
        assertEquals(TargetScale.identity(), d.targetScale());
        double[] all = new double[50];
        int k = 0;
        for (DataSplit s : List.of(d.train(), d.validation(), d.test())) {
            for (double v : s.targets()) {
                all[k++] = v;
            }
        }
        Arrays.sort(all);
        for (int i = 0; i < 50; i++) {
            assertEquals(2.0 * i + 1, all[i], 1e-9, "every row in exactly one split");
        }
        PreparedData scaled = cache.get(spec("r.csv", "y", List.of("id", "kind"), "standardize"), dir);
        assertNotSame(d, scaled);
        assertEquals(TargetScale.standardizing(scaled.train().targets()), scaled.targetScale());
    }

    @Test
    void nonNumericTargetNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d.csv"), "a,y\n1,2.5\n2,n/a\n3,4\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> cache.get(spec("d.csv", "y", List.of(), "none"), dir));
        assertTrue(e.getMessage().endsWith("line 3, column 'y': 'n/a' is not a finite number"), e.getMessage());
    }

    @Test
    void constantTargetIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d.csv"), "a,y\n1,7\n2,7\n3,7.0\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> cache.get(spec("d.csv", "y", List.of(), "standardize"), dir));
        assertTrue(e.getMessage().endsWith("the target column 'y' has the single value 7; a regression needs varying"
                + " values"), e.getMessage());
    }

    @Test
    void unknownExcludedColumnAndNoFeaturesLeft(@TempDir Path dir) throws Exception {
        rows(dir, 10);
        DatasetException e = assertThrows(DatasetException.class,
                () -> cache.get(spec("r.csv", "y", List.of("id", "colour"), "none"), dir));
        assertTrue(e.getMessage().endsWith("no column(s) colour to exclude; columns found: id, x, y, kind"),
                e.getMessage());
        DatasetException none = assertThrows(DatasetException.class,
                () -> cache.get(spec("r.csv", "y", List.of("id", "x", "kind"), "none"), dir));
        assertTrue(none.getMessage().endsWith("no feature columns besides the label 'y' and the excluded id, x, kind"),
                none.getMessage());
        DatasetException target = assertThrows(DatasetException.class,
                () -> cache.get(spec("r.csv", "z", List.of(), "none"), dir));
        assertTrue(target.getMessage().endsWith("no label column 'z'; columns found: id, x, y, kind"),
                target.getMessage());
    }

    @Test
    void classificationCanExcludeColumnsToo(@TempDir Path dir) throws Exception {
        rows(dir, 20);
        DatasetSpec c = new DatasetSpec("csv", "r.csv", "kind", new DatasetSpec.Split(0.2, 0.2, 3), "none", 0, null,
                io.automl.space.Task.CLASSIFICATION, List.of("id"), "none");
        PreparedData d = cache.get(c, dir);
        assertEquals(List.of("x", "y"), d.featureNames());
        assertEquals(List.of("even", "odd"), d.labelNames());
        assertEquals(2, d.outputs());
    }
}
