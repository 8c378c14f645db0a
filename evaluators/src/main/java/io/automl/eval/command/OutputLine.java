package io.automl.eval.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.eval.EvaluationException;

/**
 * One protocol line printed by a command: {@code {"step": s, "value": v}} (an intermediate value) or
 * {@code {"value": v}} (the final value). Lines that do not start with <code>{</code> are free-form
 * output and not protocol lines. Immutable.
 */
record OutputLine(Integer step, double value) {

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
        if (value == null || !value.isNumber() || (step != null && !step.canConvertToInt())) {
            throw new EvaluationException("command printed a malformed line (need {\"step\": int, \"value\": number}"
                    + " or {\"value\": number}): " + abbreviate(line));
        }
        if (!Double.isFinite(value.doubleValue())) {
            throw new EvaluationException("command reported a non-finite value: " + abbreviate(line));
        }
        return new OutputLine(step == null ? null : step.intValue(), value.doubleValue());
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
