package io.automl.eval.arbiter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.arbiter.optimize.api.ParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.FixedValue;
import org.deeplearning4j.nn.conf.inputs.InputType;

/**
 * Converts Arbiter's fixed input type to the format's {@code input}: feed-forward (null: flat rows, the default),
 * convolutional or convolutional-flat ({@code image}) and recurrent with a known length ({@code sequence}).
 * Not thread-safe.
 */
final class InputTypes {
    private final ObjectMapper json;
    private final Report report;

    InputTypes(ObjectMapper json, Report report) {
        this.json = json;
        this.report = report;
    }

    /** The {@code input} object, or null for flat rows or after a problem. */
    JsonNode convert(ParameterSpace<?> space) {
        String where = "MultiLayerSpace inputType";
        if (!(space instanceof FixedValue<?> f) || !(f.getValue() instanceof InputType type)) {
            report.problem(where, "only a fixed input type (setInputType(InputType)) is supported");
            return null;
        }
        if (type instanceof InputType.InputTypeFeedForward) {
            return null;
        }
        if (type instanceof InputType.InputTypeConvolutionalFlat c) {
            return image(c.getHeight(), c.getWidth(), c.getDepth());
        }
        if (type instanceof InputType.InputTypeConvolutional c) {
            return image(c.getHeight(), c.getWidth(), c.getChannels());
        }
        if (type instanceof InputType.InputTypeRecurrent r && r.getTimeSeriesLength() > 0) {
            return json.createObjectNode().put("type", "sequence").put("steps", r.getTimeSeriesLength())
                    .put("features", r.getSize());
        }
        report.problem(where, type + " is not supported; supported: feedForward, convolutional,"
                + " convolutionalFlat, recurrent with a time series length");
        return null;
    }

    private JsonNode image(long height, long width, long channels) {
        return json.createObjectNode().put("type", "image").put("height", height).put("width", width)
                .put("channels", channels);
    }
}
