package io.automl.eval;

import io.automl.space.Config;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.util.Arrays;

/** Search spaces over the digits test data with a given architecture, parsed from the space format. */
final class ArchSpaces {
    private ArchSpaces() {
    }

    /** A digits space (row limit {@code limit}, {@code epochs}) with {@code architecture} and extra budget fields. */
    static SearchSpace digits(int limit, int epochs, String budgetExtra, String architecture) {
        String text = "{\"name\": \"arch\", \"objective\": {\"metric\": \"accuracy\", \"direction\": \"maximize\"},"
                + "\"dataset\": {\"type\": \"csv\", \"path\": \"data/digits.csv\", \"label\": \"label\", \"limit\": "
                + limit + ", \"split\": {\"validation\": 0.2, \"test\": 0.2, \"seed\": 7}},"
                + "\"budget\": {\"trials\": 1, \"epochs\": " + epochs + budgetExtra + "},"
                + "\"params\": {\"learningRate\": 0.02, \"batchSize\": 32},"
                + "\"architecture\": " + architecture + "}";
        return new SpaceParser().parse(text, TestSpaces.BASE);
    }

    /** The configuration at the centre of the unit hypercube. */
    static Config centre(SearchSpace space) {
        double[] u = new double[space.dimensions().size()];
        Arrays.fill(u, 0.5);
        return space.decode(u);
    }
}
