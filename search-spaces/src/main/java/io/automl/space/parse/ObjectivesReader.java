package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.Constraint;
import io.automl.space.Direction;
import io.automl.space.Objective;
import io.automl.space.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the multi-objective sections {@code objectives} (2 or 3 objectives, each metric once) and
 * {@code constraints} (bounds on metrics). The DL4J evaluator offers its validation metrics and the
 * secondary metrics of {@link Vocabulary#SECONDARY_METRICS}; command and library evaluators may name any
 * metric they report (a name of letters, digits and underscores). Each method returns null after
 * reporting problems. Not thread-safe.
 */
final class ObjectivesReader {
    private static final Set<String> OBJECTIVE_FIELDS = Set.of("metric", "direction", "reference");
    private static final Set<String> CONSTRAINT_FIELDS = Set.of("metric", "min", "max");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final Errors errors;
    private final boolean command;

    /** {@code command}: the space's evaluator is not the DL4J trainer, so metric names are free. */
    ObjectivesReader(Errors errors, boolean command) {
        this.errors = errors;
        this.command = command;
    }

    List<Objective> objectives(JsonNode node, String pointer) {
        int mark = errors.mark();
        if (node == null || !node.isArray()) {
            errors.add(pointer, "expected an array of 2 or 3 objectives, got " + Json.typeName(node), node);
            return null;
        }
        if (node.size() < 2 || node.size() > 3) {
            errors.add(pointer, "objectives must list 2 or 3 objectives (use objective for one), got "
                    + node.size(), node);
        }
        List<Objective> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = pointer + "/" + i;
            Obj o = Obj.open(node.get(i), at, errors, OBJECTIVE_FIELDS);
            if (o == null) {
                continue;
            }
            String metric = metric(o);
            if (metric != null && seen.containsKey(metric)) {
                errors.add(o.pointer("metric"), "objective '" + metric + "' is named twice (also at " + pointer
                        + "/" + seen.get(metric) + "/metric)", o.get("metric"));
                metric = null;
            } else if (metric != null) {
                seen.put(metric, i);
            }
            String direction = o.string("direction", defaultDirection(metric), Vocabulary.DIRECTIONS);
            if (metric != null && direction == null && !o.has("direction")) {
                // missing() already reported by string(); nothing else to add
                continue;
            }
            Double reference = o.has("reference") ? o.number("reference", null, -Double.MAX_VALUE, Double.MAX_VALUE,
                    false) : null;
            if (metric != null && direction != null) {
                out.add(new Objective(metric, Direction.fromWire(direction), reference));
            }
        }
        return errors.mark() == mark ? out : null;
    }

    List<Constraint> constraints(JsonNode node, String pointer) {
        int mark = errors.mark();
        if (node == null || !node.isArray()) {
            errors.add(pointer, "expected an array of constraints, got " + Json.typeName(node), node);
            return null;
        }
        List<Constraint> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Obj o = Obj.open(node.get(i), pointer + "/" + i, errors, CONSTRAINT_FIELDS);
            if (o == null) {
                continue;
            }
            String metric = metric(o);
            Double min = o.has("min") ? o.number("min", null, -Double.MAX_VALUE, Double.MAX_VALUE, false) : null;
            Double max = o.has("max") ? o.number("max", null, -Double.MAX_VALUE, Double.MAX_VALUE, false) : null;
            if (!o.has("min") && !o.has("max")) {
                errors.add(o.pointer(), "a constraint needs min, max or both", o.node());
            } else if (min != null && max != null && min > max) {
                errors.add(o.pointer("max"), "max must be >= min (" + min + ")", o.get("max"));
            } else if (metric != null && (min != null || max != null)) {
                out.add(new Constraint(metric, min, max));
            }
        }
        return errors.mark() == mark ? out : null;
    }

    /** Reports a metric field that does not suit the data set's {@code task}. */
    void checkTask(JsonNode node, String pointer, Task task) {
        if (node == null || !node.isArray()) {
            return;
        }
        TaskRules rules = new TaskRules(errors);
        for (int i = 0; i < node.size(); i++) {
            rules.metric(node.get(i), pointer + "/" + i, task);
        }
    }

    private String metric(Obj o) {
        if (!command) {
            return o.string("metric", null, Vocabulary.OBJECTIVE_METRICS);
        }
        String m = o.string("metric", null, null);
        if (m != null && !NAME.matcher(m).matches()) {
            errors.add(o.pointer("metric"), "a metric name is letters, digits and underscores (at most 64)",
                    o.get("metric"));
            return null;
        }
        return m;
    }

    private static String defaultDirection(String metric) {
        if (metric == null) {
            return "maximize"; // the metric's own error is reported; avoid a second one for direction
        }
        if (Vocabulary.SECONDARY_METRICS.contains(metric)) {
            return "minimize";
        }
        if (Task.maximized(metric)) {
            return "maximize";
        }
        return Vocabulary.METRICS.contains(metric) ? "minimize" : null;
    }
}
