package io.automl.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Search spaces with a cheap real objective for the cluster tests: a shell command that reads the trial's
 * configuration, appends {@code NUMBER CONFIG} to a shared execution log, reports its number as the value of step 1,
 * sleeps and prints a value.
 */
final class CommandSpaces {
    private final ObjectMapper json = new ObjectMapper();

    /** A space named {@code name} of {@code trials} trials, {@code parallelism} per server, each sleeping {@code seconds}. */
    ObjectNode space(String name, int trials, int parallelism, double seconds, Path executions) {
        ObjectNode s = json.createObjectNode();
        s.put("name", name);
        s.putObject("objective").put("metric", "value").put("direction", "maximize");
        s.putObject("budget").put("trials", trials).put("epochs", 1).put("minutes", 10).put("parallelism", parallelism);
        s.putObject("sampler").put("type", "random").put("seed", 7);
        s.putObject("pruner").put("type", "none");
        s.putObject("params").putObject("x").put("type", "float").put("low", 0.0).put("high", 1.0);
        String script = "c=$(cat | tr -d '\\n'); echo \"$AUTOML_TRIAL_NUMBER $c\" >> '" + executions + "';"
                + " echo \"{\\\"step\\\": 1, \\\"value\\\": $AUTOML_TRIAL_NUMBER}\"; sleep " + seconds
                + "; echo \"{\\\"value\\\": $AUTOML_TRIAL_NUMBER}\"";
        ObjectNode evaluator = s.putObject("evaluator").put("type", "command").put("timeoutSeconds", 60);
        List.of("sh", "-c", script).forEach(evaluator.putArray("command")::add);
        return s;
    }

    String text(ObjectNode node) {
        return node.toString();
    }
}
