package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of sampler and pruner options names exactly the options of the registered plugins. */
class ReadmeOptionsTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    static Path readme() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("search-engine"))) {
                return p.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }

    static List<String> code(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void documentedOptionsMatchTheOptionsRecords() throws IOException {
        Plugins plugins = Plugins.standard();
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String line : Files.readAllLines(readme())) {
            if (line.startsWith("| sampler `") || line.startsWith("| pruner `")) {
                String[] cells = line.split("\\|");
                String kind = cells[1].trim().split(" ")[0];
                for (String type : code(cells[1])) {
                    Set<String> options = new TreeSet<>(code(cells[2]));
                    options.removeAll(code(cells[1]));
                    assertTrue(documented.put(kind + " " + type, options) == null, "documented twice: " + type);
                }
            }
        }
        Map<String, Set<String>> registered = new TreeMap<>();
        plugins.samplers().descriptors().forEach(d -> registered.put("sampler " + d.name(), new TreeSet<>(d.options())));
        plugins.pruners().descriptors().forEach(d -> registered.put("pruner " + d.name(), new TreeSet<>(d.options())));
        assertEquals(registered, documented);
    }
}
