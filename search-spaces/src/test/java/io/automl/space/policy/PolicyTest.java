package io.automl.space.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy judges paths by where they really lead, before any file is read, with one answer for every path
 * outside its data folders; the parser applies it to data set paths and the command evaluator.
 */
class PolicyTest {
    @TempDir
    Path tmp;

    @Test
    void pathsAreJudgedByTheirRealLocation() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.csv"), "a,b\n");
        Policy policy = Policy.server(false, List.of(root));
        assertTrue(policy.permits(root.resolve("data.csv")), "a missing file inside");
        assertTrue(policy.permits(root.resolve("sub/../data.csv")));
        assertFalse(policy.permits(root.resolve("../outside/secret.csv")), "dot-dot out of the root");
        assertFalse(policy.permits(outside.resolve("secret.csv")));
        assertFalse(policy.permits(Path.of("/proc/self/cmdline")));
        Files.createSymbolicLink(root.resolve("link.csv"), outside.resolve("secret.csv"));
        assertFalse(policy.permits(root.resolve("link.csv")), "a link out of the root");
        Files.createSymbolicLink(root.resolve("dir"), outside);
        assertFalse(policy.permits(root.resolve("dir/not-yet-there.csv")), "a missing file below a link out");
        Files.createSymbolicLink(root.resolve("dangling.csv"), tmp.resolve("nowhere.csv"));
        assertFalse(policy.permits(root.resolve("dangling.csv")), "a dangling link may later lead anywhere");
        Path linkedRoot = Files.createSymbolicLink(tmp.resolve("alias"), root);
        assertTrue(Policy.server(false, List.of(linkedRoot)).permits(root.resolve("data.csv")),
                "a root named through a link is its real folder");
        assertTrue(policy.permits("data.csv", root));
        assertFalse(policy.permits("../outside/secret.csv", root));
        assertTrue(Policy.operator().permits(Path.of("/proc/self/cmdline")));
    }

    @Test
    void rootsAreRequiredExactlyWhenPathsAreRestricted() {
        assertThrows(IllegalArgumentException.class, () -> new Policy(true, true, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Policy(true, false, List.of(tmp)));
    }

    @Test
    void theParserRefusesAPathOutsideTheRootsWithOneAnswerAndWithoutReadingIt() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.csv"), "SECRET_COLUMN,b\n1,2\n");
        SpaceParser parser = new SpaceParser(new SpaceParser.Options(Policy.server(false, List.of(root)), true));
        List<SpaceError> existing = errors(parser, outside.resolve("secret.csv").toString(), root);
        List<SpaceError> missing = errors(parser, outside.resolve("missing.csv").toString(), root);
        assertEquals(1, existing.size(), existing.toString());
        assertEquals("/dataset/path", existing.get(0).pointer());
        assertEquals(existing.get(0).message(), missing.get(0).message(), "the same answer whether or not it exists");
        assertFalse(existing.toString().contains("SECRET"), existing.toString());
        assertEquals("/dataset/path", errors(parser, "../outside/secret.csv", root).get(0).pointer());
        assertEquals("/dataset/path", errors(parser, "relative.csv", null).get(0).pointer(),
                "a relative path with nothing to resolve it against cannot be checked, so it is refused");

        Files.writeString(root.resolve("ok.csv"), "x,label\n1,a\n2,b\n");
        SearchSpace ok = parser.parse(space("ok.csv", "label", "dl4j"), root);
        assertEquals(root.resolve("ok.csv").toRealPath().toString(), Path.of(ok.dataset().path()).toRealPath().toString());
        List<SpaceError> column = errors(parser, root.resolve("ok.csv").toString(), root, "nope", "dl4j");
        assertTrue(column.get(0).message().contains("columns of ok.csv: x, label"), column.toString());
    }

    @Test
    void theCommandEvaluatorIsRefusedWithTheReasonAndTheFlagThatAllowsIt() {
        SpaceParser refusing = new SpaceParser(new SpaceParser.Options(Policy.server(false, List.of(tmp)), true));
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class,
                () -> refusing.parse(space(null, null, "command"), tmp));
        assertEquals("/evaluator/type: " + Policy.COMMANDS_REFUSED, e.reason());
        SpaceParser allowing = new SpaceParser(new SpaceParser.Options(Policy.server(true, List.of(tmp)), true));
        SearchSpace space = allowing.parse(space(null, null, "command"), tmp);
        assertEquals("command", space.evaluator().type());
        assertEquals(java.util.Optional.of(Policy.COMMANDS_REFUSED),
                Policy.server(false, List.of(tmp)).refusal(space, tmp));
        assertTrue(Policy.server(true, List.of(tmp)).refusal(space, tmp).isEmpty());
    }

    private static List<SpaceError> errors(SpaceParser parser, String path, Path base) {
        return errors(parser, path, base, "b", "dl4j");
    }

    private static List<SpaceError> errors(SpaceParser parser, String path, Path base, String label, String evaluator) {
        try {
            parser.parse(space(path, label, evaluator), base);
        } catch (InvalidSpaceException e) {
            return e.errors();
        }
        throw new AssertionError("no error for " + path);
    }

    private static String space(String path, String label, String evaluator) {
        String head = "{\"name\": \"p\", \"objective\": {\"metric\": \"accuracy\", \"direction\": \"maximize\"},"
                + " \"budget\": {\"trials\": 1, \"epochs\": 1},"
                + " \"params\": {\"learningRate\": {\"type\": \"float\", \"low\": 0.001, \"high\": 0.1}},";
        if (evaluator.equals("command")) {
            return head + " \"evaluator\": {\"type\": \"command\", \"command\": [\"true\"]}}";
        }
        return head + " \"dataset\": {\"path\": \"" + path + "\", \"label\": \"" + label + "\"},"
                + " \"architecture\": {\"type\": \"feedforward\", \"blocks\": [{\"layer\": {\"type\": \"dense\","
                + " \"units\": 4}}], \"output\": {\"activation\": \"softmax\", \"loss\": \"mcxent\"}}}";
    }
}
