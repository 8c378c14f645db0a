package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The choice between the oneDNN and the generic build of libnd4j, made before ND4J loads. */
class NativeBuildTest {
    private static Properties linux() {
        Properties p = new Properties();
        p.setProperty("os.name", "Linux");
        p.setProperty("os.arch", "amd64");
        return p;
    }

    /** A class loader that finds the oneDNN build's library (an empty file in the place the jar has it). */
    private static ClassLoader withOneDnn(Path dir) throws Exception {
        Path lib = dir.resolve(NativeBuild.ONEDNN_LIBRARY);
        Files.createDirectories(lib.getParent());
        Files.write(lib, new byte[0]);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    @Test
    void picksOneDnnWhenItsJarIsThere(@TempDir Path dir) throws Exception {
        Properties p = linux();
        assertEquals("onednn", NativeBuild.choose(p, withOneDnn(dir)));
        assertEquals("-onednn", p.getProperty(NativeBuild.EXTENSION));
    }

    @Test
    void keepsTheGenericBuildWhenTurnedOffOrAbsent(@TempDir Path dir) throws Exception {
        Properties off = linux();
        off.setProperty(NativeBuild.SWITCH, "false");
        assertEquals("generic", NativeBuild.choose(off, withOneDnn(dir)));
        assertEquals("", off.getProperty(NativeBuild.EXTENSION));

        Properties absent = linux();
        assertEquals("generic", NativeBuild.choose(absent, new URLClassLoader(new URL[0], null)));
        assertNull(absent.getProperty(NativeBuild.EXTENSION));
    }

    @Test
    void respectsAPresetChoiceAndOtherMachines(@TempDir Path dir) throws Exception {
        Properties preset = linux();
        preset.setProperty(NativeBuild.EXTENSION, "-avx2");
        assertEquals("preset", NativeBuild.choose(preset, withOneDnn(dir)));
        assertEquals("-avx2", preset.getProperty(NativeBuild.EXTENSION));

        Properties arm = linux();
        arm.setProperty("os.arch", "aarch64");
        assertEquals("generic", NativeBuild.choose(arm, withOneDnn(dir)));
        assertNull(arm.getProperty(NativeBuild.EXTENSION));
        assertTrue(NativeBuild.suited("Linux", "x86_64"));
        assertFalse(NativeBuild.suited("Mac OS X", "x86_64"));
    }
}
