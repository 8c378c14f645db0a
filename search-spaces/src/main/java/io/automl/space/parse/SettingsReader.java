package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.Budget;
import io.automl.space.Direction;
import io.automl.space.EarlyStopping;
import io.automl.space.EvaluatorSpec;
import io.automl.space.Objective;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.Task;
import io.automl.space.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the study settings: {@code objective}, {@code budget}, {@code sampler}, {@code pruner},
 * {@code earlyStopping} and {@code evaluator}. Each method returns null after reporting problems.
 * Defaults are listed in the package documentation. Sampler and pruner types and their options are
 * checked against the parser's {@link PluginCatalog}. Not thread-safe.
 */
final class SettingsReader {
    private static final Set<String> OBJECTIVE_FIELDS = Set.of("metric", "direction");
    private static final Set<String> BUDGET_FIELDS = Set.of("trials", "epochs", "minutes", "parallelism",
            "maxParameters", "maxActivationMB",
            "trialMinutes");
    private static final Set<String> EARLY_FIELDS = Set.of("metric", "patience", "minDelta");
    private static final Set<String> EVALUATOR_FIELDS = Set.of("type", "command", "timeoutSeconds");

    private final Errors errors;
    private final PluginCatalog plugins;

    /** {@code plugins} null accepts any sampler and pruner type and leaves their options unchecked. */
    SettingsReader(Errors errors, PluginCatalog plugins) {
        this.errors = errors;
        this.plugins = plugins;
    }

    Objective objective(JsonNode node, String pointer, boolean command) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, OBJECTIVE_FIELDS);
        if (o == null) {
            return null;
        }
        String metric = o.string("metric", null, command ? Vocabulary.COMMAND_METRICS : Vocabulary.METRICS);
        String fallback = metric == null || metric.equals("value") ? null
                : Task.maximized(metric) ? "maximize" : "minimize";
        String direction = o.string("direction", fallback, Vocabulary.DIRECTIONS);
        if (errors.mark() != mark || metric == null || direction == null) {
            return null;
        }
        return new Objective(metric, Direction.fromWire(direction));
    }

    Budget budget(JsonNode node, String pointer) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, BUDGET_FIELDS);
        if (o == null) {
            return null;
        }
        Integer trials = o.integer("trials", 20, 1, 1_000_000);
        Integer epochs = o.integer("epochs", 20, 1, 100_000);
        Double minutes = o.number("minutes", 0.0, 0, 1_000_000, false);
        Integer parallelism = o.integer("parallelism", 1, 1, 1024);
        Double trialMinutes = o.number("trialMinutes", 0.0, 0, 1_000_000, false);
        Double maxParameters = o.number("maxParameters", 0.0, 0, 1e12, false);
        Double maxActivationMB = o.number("maxActivationMB", 0.0, 0, 1e7, false);
        return errors.mark() == mark ? new Budget(trials, epochs, minutes, parallelism, trialMinutes,
                maxParameters.longValue(), maxActivationMB) : null;
    }

    SamplerSpec sampler(JsonNode node, String pointer, boolean multiObjective) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, null);
        if (o == null) {
            return null;
        }
        String type = o.string("type", SamplerSpec.DEFAULT_TYPE, names(PluginCatalog.Kind.SAMPLER));
        Long seed = o.longValue("seed", 0L);
        var options = o.options(Set.of("type", "seed"));
        if (errors.mark() == mark) {
            check(PluginCatalog.Kind.SAMPLER, type, options, pointer);
        }
        return errors.mark() == mark ? new SamplerSpec(type, seed, options) : null;
    }

    PrunerSpec pruner(JsonNode node, String pointer) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, null);
        if (o == null) {
            return null;
        }
        String type = o.string("type", "none", names(PluginCatalog.Kind.PRUNER));
        var options = o.options(Set.of("type"));
        if (errors.mark() == mark) {
            check(PluginCatalog.Kind.PRUNER, type, options, pointer);
        }
        return errors.mark() == mark ? new PrunerSpec(type, options) : null;
    }

    /** The accepted type names of {@code kind}; null (any name) without a catalog. */
    private Set<String> names(PluginCatalog.Kind kind) {
        return plugins == null ? null : Set.copyOf(plugins.names(kind));
    }

    private void check(PluginCatalog.Kind kind, String type, Map<String, Object> options, String pointer) {
        if (plugins != null) {
            plugins.check(kind, type, options, pointer).forEach(errors::add);
        }
    }

    EarlyStopping earlyStopping(JsonNode node, String pointer) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, EARLY_FIELDS);
        if (o == null) {
            return null;
        }
        String metric = o.string("metric", "val_loss", Vocabulary.METRICS);
        Integer patience = o.integer("patience", 5, 1, 100_000);
        Double minDelta = o.number("minDelta", 0.0, 0, Double.MAX_VALUE, false);
        return errors.mark() == mark ? new EarlyStopping(metric, patience, minDelta) : null;
    }

    EvaluatorSpec evaluator(JsonNode node, String pointer, boolean allowCommand) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, EVALUATOR_FIELDS);
        if (o == null) {
            return null;
        }
        String type = o.string("type", "dl4j", Vocabulary.EVALUATORS);
        List<String> command = List.of();
        if ("command".equals(type)) {
            if (!allowCommand) {
                errors.add(o.pointer("type"), Policy.COMMANDS_REFUSED, o.get("type"));
            }
            command = command(o);
        } else if (o.has("command")) {
            errors.add(o.pointer("command"), "command is only for the command evaluator", o.get("command"));
        }
        Double timeout = o.number("timeoutSeconds", 0.0, 0, 1e9, false);
        return errors.mark() == mark ? new EvaluatorSpec(type, command, timeout) : null;
    }

    private List<String> command(Obj o) {
        JsonNode c = o.get("command");
        if (c == null) {
            o.missing("command");
            return List.of();
        }
        if (!c.isArray() || c.isEmpty()) {
            errors.add(o.pointer("command"), "command must be a non-empty array of strings (program, arguments...)", c);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.get(i).isTextual() || (i == 0 && c.get(i).textValue().isBlank())) {
                errors.add(o.pointer("command") + "/" + i, "expected a string" + (i == 0 ? " naming a program" : ""),
                        c.get(i));
            } else {
                out.add(c.get(i).textValue());
            }
        }
        return out;
    }
}
