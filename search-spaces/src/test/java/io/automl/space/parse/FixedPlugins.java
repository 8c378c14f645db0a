package io.automl.space.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fixed plugin catalog for the parser's own tests (the real one is the engine's registries): samplers
 * {@code grid}, {@code random} and {@code tpe}, whose one option {@code startupTrials} is an integer
 * {@code >= 0}; pruners {@code median} and {@code none}, without options.
 */
final class FixedPlugins implements PluginCatalog {

    @Override
    public List<String> names(Kind kind) {
        return kind == Kind.SAMPLER ? List.of("grid", "random", "tpe") : List.of("median", "none");
    }

    @Override
    public List<SpaceError> check(Kind kind, String name, Map<String, Object> options, String pointer) {
        List<SpaceError> errors = new ArrayList<>();
        options.forEach((key, value) -> {
            if (!name.equals("tpe") || !key.equals("startupTrials")) {
                errors.add(new SpaceError(pointer + "/" + key, "unknown option '" + key + "'", String.valueOf(value)));
            } else if (!(value instanceof Integer n) || n < 0) {
                errors.add(new SpaceError(pointer + "/" + key, "expected an integer >= 0", String.valueOf(value)));
            }
        });
        return errors;
    }
}
