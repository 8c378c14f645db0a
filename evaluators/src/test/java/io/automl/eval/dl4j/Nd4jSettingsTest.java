package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The descriptor caches go in once, on the ND4J version they were written for, and the decision is logged once. */
class Nd4jSettingsTest {
    private final List<String> logged = new ArrayList<>();

    @Test
    void theNd4jOnTheClassPathIsTheOneTheCachesWereWrittenFor() {
        assertEquals(Nd4jSettings.WRITTEN_FOR, LibraryVersions.nd4j());
        assertEquals(Nd4jSettings.WRITTEN_FOR, LibraryVersions.dl4j());
    }

    @Test
    void installedOnceAndLoggedOnce() {
        Nd4jSettings settings = new Nd4jSettings(new Properties(), Nd4jSettings.WRITTEN_FOR, logged::add);
        for (int i = 0; i < 3; i++) {
            assertTrue(settings.afterStart(), "call " + i);
        }
        assertEquals(List.of("ND4J descriptor caches installed (ND4J 1.0.0-M2.1)"), logged);
    }

    @Test
    void anotherNd4jVersionLeavesThemOutAndSaysWhy() {
        Nd4jSettings settings = new Nd4jSettings(new Properties(), "1.0.0-M3", logged::add);
        assertFalse(settings.afterStart());
        assertFalse(settings.afterStart());
        assertEquals(List.of("ND4J descriptor caches left out: they were written for ND4J 1.0.0-M2.1, this is ND4J"
                + " 1.0.0-M3"), logged);
    }

    @Test
    void theSwitchTurnsThemOff() {
        Properties off = new Properties();
        off.setProperty(Nd4jSettings.SWITCH, " FALSE ");
        assertFalse(new Nd4jSettings(off, Nd4jSettings.WRITTEN_FOR, logged::add).afterStart());
        assertEquals(List.of("ND4J descriptor caches left out: turned off with -Dautoml.nd4j.descriptorCaches=false"),
                logged);
        Properties props = new Properties();
        Nd4jSettings.apply(props);
        assertEquals(ShapeInfoCache.class.getName(), props.getProperty(ShapeInfoCache.PROPERTY));
    }
}
