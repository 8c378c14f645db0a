package io.automl.space.parse;

import java.util.List;
import java.util.Map;

/**
 * The sampler and pruner types a {@link SpaceParser} accepts, and the check of their options. The search
 * engine implements it from its plugin registries and hands it to the parser, so a space is validated
 * against the plugins that will run it while this module stays independent of the engine.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface PluginCatalog {

    /** The kinds of plugin a search space names, with the field that names each one. */
    enum Kind {
        /** The {@code sampler} section. */
        SAMPLER("sampler"),
        /** The {@code pruner} section. */
        PRUNER("pruner");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The top-level field of the section, such as {@code sampler}. */
        public String field() {
            return field;
        }
    }

    /** The registered type names of {@code kind}, sorted. */
    List<String> names(Kind kind);

    /**
     * The problems of {@code options} for the plugin {@code name} (one of {@link #names}) of {@code kind},
     * each with a pointer under {@code pointer} (the section, such as {@code /sampler}) and the offending
     * value; empty when the options are valid. {@code options} are the section's fields other than
     * {@code type} (and {@code seed} for samplers).
     */
    List<SpaceError> check(Kind kind, String name, Map<String, Object> options, String pointer);
}
