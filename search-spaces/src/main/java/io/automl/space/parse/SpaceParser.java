package io.automl.space.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.automl.space.SearchSpace;
import io.automl.space.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Parses and validates search-space documents, format version 1 (see the package documentation for
 * every field, its default and its allowed values).
 *
 * <p>{@link #parse(String)} reads JSON when the first non-blank character is <code>{</code>, YAML
 * otherwise. Every problem of a document is reported at once, in document order, by an
 * {@link InvalidSpaceException} whose {@link SpaceError}s carry RFC 6901 pointers and the offending
 * values; no other exception escapes for bad input. Each parser holds its own mappers; it is immutable
 * and thread-safe, so one instance may serve many threads.
 *
 * <p>Sampler and pruner types, and their options, are checked against the {@link PluginCatalog} the
 * parser is built with (the engine's registries: {@code io.automl.engine.Plugins.standard()}), so a typo
 * in an option is reported with its pointer before a study starts. A parser built without a catalog
 * checks only the structure of those sections: it accepts any non-blank type and keeps the options
 * unchecked, and the registries reject what they cannot run when the study starts. Every server, CLI and
 * worker path passes the catalog.
 */
public final class SpaceParser {

    /**
     * Parser settings.
     *
     * @param policy what the space may do here: a command evaluator is refused unless the policy allows commands,
     *     and a data set path outside the policy's data folders is refused before any file is opened (the same
     *     error whether or not the path exists)
     * @param requireDatasetFile whether a data set path that can be resolved (absolute, or relative with a
     *     known base directory) must name an existing file
     * @param refs the named data sets {@code "dataset": {"ref": ...}} may name
     */
    public record Options(Policy policy, boolean requireDatasetFile, io.automl.space.DatasetRefs refs) {
        public Options {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(refs, "refs");
        }

        /** Settings without named data sets. */
        public Options(Policy policy, boolean requireDatasetFile) {
            this(policy, requireDatasetFile, io.automl.space.DatasetRefs.none());
        }

        /**
         * Settings with any data set path readable, and the command evaluator accepted when
         * {@code allowCommandEvaluator}.
         */
        public Options(boolean allowCommandEvaluator, boolean requireDatasetFile) {
            this(allowCommandEvaluator ? Policy.operator() : new Policy(false, false, java.util.List.of()),
                    requireDatasetFile);
        }

        /** The operator's own command line ({@link Policy#operator()}), data set files required. */
        public static Options defaults() {
            return new Options(Policy.operator(), true);
        }

        /** Whether {@code "evaluator": {"type": "command"}} is accepted. */
        public boolean allowCommandEvaluator() {
            return policy.commandsAllowed();
        }
    }

    private final Options options;
    private final PluginCatalog plugins;
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    /** A parser with {@link Options#defaults()} and no plugin catalog (sampler and pruner options unchecked). */
    public SpaceParser() {
        this(Options.defaults());
    }

    /** A parser with {@code options} and no plugin catalog (sampler and pruner options unchecked). */
    public SpaceParser(Options options) {
        this(null, Objects.requireNonNull(options, "options"));
    }

    /** A parser with {@link Options#defaults()} that checks samplers and pruners against {@code plugins}. */
    public SpaceParser(PluginCatalog plugins) {
        this(Options.defaults(), plugins);
    }

    /** A parser with {@code options} that checks samplers and pruners against {@code plugins}. */
    public SpaceParser(Options options, PluginCatalog plugins) {
        this(Objects.requireNonNull(plugins, "plugins"), Objects.requireNonNull(options, "options"));
    }

    /** {@code plugins} null: no catalog. */
    private SpaceParser(PluginCatalog plugins, Options options) {
        this.options = options;
        this.plugins = plugins;
        this.json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.yaml = YAMLMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Parses {@code text}; relative data set paths are kept as written. */
    public SearchSpace parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses {@code text}, resolving a relative data set path against {@code baseDirectory} (null: keep it
     * as written); the space then carries the absolute, normalized path.
     */
    public SearchSpace parse(String text, Path baseDirectory) {
        return read(text, baseDirectory, false);
    }

    /**
     * Parses the space text of a stored study (to resume, run or show it) like {@link #parse(String, Path)},
     * except that its name is not held to {@link io.automl.space.StudyName}'s rule: the study already exists under
     * it, possibly from a release with a looser rule. Everything else, the policy included, applies.
     */
    public SearchSpace parseStored(String text, Path baseDirectory) {
        return read(text, baseDirectory, true);
    }

    private SearchSpace read(String text, Path baseDirectory, boolean stored) {
        Objects.requireNonNull(text, "text");
        JsonNode root = tree(text);
        Path base = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
        return new SpaceReader(root, options, base, plugins, stored).read();
    }

    /**
     * Reads and parses a space file (UTF-8); a relative data set path is resolved against the file's
     * directory. Throws {@link UncheckedIOException} when the file cannot be read.
     */
    public SearchSpace parseFile(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read search space " + file, e);
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return parse(text, dir);
    }

    /** Whether {@code text} is read as JSON (first non-blank character is an opening brace). */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    private JsonNode tree(String text) {
        boolean isJson = looksLikeJson(text);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root;
        try {
            root = (isJson ? json : yaml).readTree(body);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidSpaceException(new SpaceError("", "not valid " + (isJson ? "JSON" : "YAML") + where
                    + ": " + e.getOriginalMessage(), null), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InvalidSpaceException(new SpaceError("", "the document is empty", null), null);
        }
        return root;
    }
}
