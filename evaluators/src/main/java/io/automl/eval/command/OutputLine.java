package io.automl.eval.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.eval.EvaluationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One protocol line printed by a command: {@code {"step": s, "value": v}} (an intermediate value),
 * {@code {"value": v}} (the final value) or {@code {"values": {"a": 1, "b": 2}}} (the final values of named
 * metrics, for multi-objective spaces; a {@code value} beside it is allowed, else {@code value} is NaN). Lines
 * that do not start with <code>{</code> are free-form output and not protocol lines. Immutable.
 */
record OutputLine(Integer step, double value, Map<String, Double> values) {
    OutputLine {
        values = Map.copyOf(values);
    }

    /** Whether {@code line} is meant as a protocol line. */
    static boolean isProtocol(String line) {
        return line.stripLeading().startsWith("{");
    }

    /** Parses a protocol line; a malformed one is an {@link EvaluationException} quoting it. */
    static OutputLine parse(ObjectMapper json, String line) throws EvaluationException {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (java.io.IOException e) {
            throw new EvaluationException("command printed a malformed line: " + abbreviate(line), e);
        }
        JsonNode value = node.get("value");
        JsonNode step = node.get("step");
        JsonNode values = node.get("values");
        if (values != null && step == null) {
            return new OutputLine(null, finalValue(value, line), named(values, line));
        }
        if (value == null || !value.isNumber() || (step != null && !step.canConvertToInt())) {
            throw new EvaluationException("command printed a malformed line (need {\"step\": int, \"value\": number}"
                    + " or {\"value\": number}): " + abbreviate(line));
        }
        if (!Double.isFinite(value.doubleValue())) {
            throw new EvaluationException("command reported a non-finite value: " + abbreviate(line));
        }
        return new OutputLine(step == null ? null : step.intValue(), value.doubleValue(), Map.of());
    }

    private static double finalValue(JsonNode value, String line) throws EvaluationException {
        if (value == null) {
            return Double.NaN;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new EvaluationException("command reported a value that is not a finite number: " + abbreviate(line));
        }
        return value.doubleValue();
    }

    private static Map<String, Double> named(JsonNode values, String line) throws EvaluationException {
        if (!values.isObject() || values.isEmpty()) {
            throw new EvaluationException("command printed a malformed line (values must be an object of metric"
                    + " names to numbers, such as {\"values\": {\"error\": 0.1, \"energy\": 3}}): "
                    + abbreviate(line));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        var fields = values.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (!f.getValue().isNumber() || !Double.isFinite(f.getValue().doubleValue())) {
                throw new EvaluationException("command reported values/" + f.getKey()
                        + " that is not a finite number: " + abbreviate(line));
            }
            out.put(f.getKey(), f.getValue().doubleValue());
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
