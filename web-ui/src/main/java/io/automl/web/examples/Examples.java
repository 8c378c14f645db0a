package io.automl.web.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The bundled example search spaces (JSON and YAML files) in one directory, next to their
 * {@code datasets/}. {@link #locate} finds the directory: {@code $AUTOML_EXAMPLES}, then
 * {@code search-spaces/examples} under the working directory or the checkout the jar was built in, then
 * the copy packed into the jar (resources under {@value #RESOURCE_DIR}, unpacked once into
 * {@code DATA/examples}). Immutable and thread-safe.
 */
public final class Examples {
    /** Where the build puts the examples inside the jar. */
    public static final String RESOURCE_DIR = "automl-examples";
    private final Path dir;

    public Examples(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    }

    /** The examples directory. */
    public Path dir() {
        return dir;
    }

    /** One example: its file name and its text. */
    public record Example(String file, String text) {
        public Example {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Every example space, by file name. */
    public List<Example> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f) && (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml"))) {
                    out.add(new Example(n, Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read examples in " + dir, e);
        }
        return out;
    }

    /** Finds (or unpacks into {@code dataDir/examples}) the examples directory. */
    public static Examples locate(Path dataDir, Map<String, String> env) {
        String fromEnv = env.get("AUTOML_EXAMPLES");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Examples(Path.of(fromEnv));
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("search-spaces", "examples"));
        candidates.add(Path.of("..", "search-spaces", "examples"));
        codeSource().ifPresent(src -> {
            // app/target/lib/web-ui-*.jar or web-ui/target/classes -> the checkout's search-spaces/examples
            for (Path up = src.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
                candidates.add(up.resolve("search-spaces").resolve("examples"));
            }
            if (Files.isDirectory(src)) {
                candidates.add(src.resolve(RESOURCE_DIR));
            }
        });
        for (Path c : candidates) {
            if (Files.isDirectory(c.resolve("datasets"))) {
                return new Examples(c);
            }
        }
        Path target = dataDir.resolve("examples");
        codeSource().filter(Files::isRegularFile).ifPresent(jar -> unpack(jar, target));
        return new Examples(target);
    }

    private static java.util.Optional<Path> codeSource() {
        try {
            var src = Examples.class.getProtectionDomain().getCodeSource();
            return src == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(src.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalStateException("cannot locate the server's code", e);
        }
    }

    private static void unpack(Path jar, Path target) {
        String prefix = RESOURCE_DIR + "/";
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(prefix) && !e.getName().contains("..")) {
                    Path out = target.resolve(e.getName().substring(prefix.length())).normalize();
                    Files.createDirectories(out.getParent());
                    try (InputStream in = jf.getInputStream(e)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled examples into " + target, e);
        }
    }
}
