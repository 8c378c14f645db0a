package io.automl.eval.arbiter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.math3.distribution.UniformIntegerDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.deeplearning4j.arbiter.optimize.api.ParameterSpace;
import org.deeplearning4j.arbiter.optimize.api.adapter.ParameterSpaceAdapter;
import org.deeplearning4j.arbiter.optimize.distribution.LogUniformDistribution;
import org.deeplearning4j.arbiter.optimize.parameter.BooleanSpace;
import org.deeplearning4j.arbiter.optimize.parameter.FixedValue;
import org.deeplearning4j.arbiter.optimize.parameter.continuous.ContinuousParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.discrete.DiscreteParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.integer.IntegerParameterSpace;

/**
 * Converts Arbiter's leaf parameter spaces to distributions of the format: {@code FixedValue} to a constant,
 * {@code ContinuousParameterSpace} over a uniform or Arbiter's {@code LogUniformDistribution} to a {@code float}
 * range (log for the latter), a uniform {@code IntegerParameterSpace} to an {@code int} range,
 * {@code DiscreteParameterSpace} and {@code BooleanSpace} to a categorical; adapters (activation, loss) are
 * unwrapped. Anything else is a problem naming the Arbiter class. Not thread-safe (reports into one {@link Report}).
 */
final class Dists {
    static final String SUPPORTED = "supported: FixedValue, ContinuousParameterSpace (uniform or LogUniformDistribution),"
            + " IntegerParameterSpace (uniform), DiscreteParameterSpace, BooleanSpace";

    private final ObjectMapper json;
    private final Report report;

    Dists(ObjectMapper json, Report report) {
        this.json = json;
        this.report = report;
    }

    /** The distribution for {@code space} with each value mapped by {@code map}, or null after a problem. */
    JsonNode of(ParameterSpace<?> space, String where, ValueMap map) {
        try {
            return convert(space, map, false);
        } catch (Unsupported e) {
            report.problem(where, e.getMessage());
            return null;
        }
    }

    /**
     * The dropout rate for a space of DL4J retain probabilities {@code p}: {@code 1 - p}; a uniform range
     * {@code [a, b]} becomes {@code [1 - b, 1 - a]}. A log-uniform range has no such image and is a problem.
     */
    JsonNode dropRate(ParameterSpace<?> retain, String where) {
        try {
            return convert(retain, v -> flip(ValueMap.plain().apply(v)), true);
        } catch (Unsupported e) {
            report.problem(where, e.getMessage());
            return null;
        }
    }

    private static double flip(Object v) throws Unsupported {
        if (!(v instanceof Number n) || !(n.doubleValue() > 0) || n.doubleValue() > 1) {
            throw new Unsupported("a dropout retain probability must be in (0, 1] (got " + v + ")");
        }
        return BigDecimal.ONE.subtract(BigDecimal.valueOf(n.doubleValue())).doubleValue();
    }

    private JsonNode convert(ParameterSpace<?> space, ValueMap map, boolean flipped) throws Unsupported {
        if (space instanceof FixedValue<?> f) {
            return json.valueToTree(map.apply(f.getValue()));
        }
        if (space instanceof ParameterSpaceAdapter<?, ?> a) {
            return convert(a.getNestedSpaces().values().iterator().next(), map, flipped);
        }
        if (space instanceof BooleanSpace) {
            return categorical(List.of(true, false), map);
        }
        if (space instanceof DiscreteParameterSpace<?> d) {
            List<?> values = (List<?>) field(d, "values");
            return values.size() == 1 ? json.valueToTree(map.apply(values.get(0))) : categorical(values, map);
        }
        if (space instanceof ContinuousParameterSpace c) {
            Object dist = field(c, "distribution");
            boolean log = dist instanceof LogUniformDistribution;
            if (!log && !(dist instanceof UniformRealDistribution)) {
                throw new Unsupported("ContinuousParameterSpace over " + dist.getClass().getSimpleName()
                        + " is not supported; supported: uniform (ContinuousParameterSpace(min, max)) or"
                        + " LogUniformDistribution");
            }
            if (log && flipped) {
                throw new Unsupported("a log-uniform dropout retain probability has no log-uniform dropout rate;"
                        + " use a uniform ContinuousParameterSpace or a DiscreteParameterSpace");
            }
            LogUniformDistribution lu = log ? (LogUniformDistribution) dist : null;
            double lo = log ? lu.getMin() : ((UniformRealDistribution) dist).getSupportLowerBound();
            double hi = log ? lu.getMax() : ((UniformRealDistribution) dist).getSupportUpperBound();
            Object a = map.apply(lo);
            Object b = map.apply(hi);
            ObjectNode n = json.createObjectNode().put("type", "float");
            boolean swap = flipped && ((Number) a).doubleValue() > ((Number) b).doubleValue();
            n.set("low", json.valueToTree(swap ? b : a));
            n.set("high", json.valueToTree(swap ? a : b));
            if (log) {
                n.put("log", true);
            }
            return n;
        }
        if (space instanceof IntegerParameterSpace i) {
            Object dist = field(i, "distribution");
            if (!(dist instanceof UniformIntegerDistribution)) {
                throw new Unsupported("IntegerParameterSpace over " + dist.getClass().getSimpleName()
                        + " is not supported; supported: uniform (IntegerParameterSpace(min, max))");
            }
            return json.createObjectNode().put("type", "int").put("low", i.getMin()).put("high", i.getMax());
        }
        throw new Unsupported("Arbiter parameter space " + (space == null ? "null" : space.getClass().getName())
                + " is not supported; " + SUPPORTED);
    }

    private ArrayNode values(List<?> values, ValueMap map) throws Unsupported {
        ArrayNode out = json.createArrayNode();
        for (Object v : values) {
            out.add(json.valueToTree(map.apply(v)));
        }
        return out;
    }

    private ObjectNode categorical(List<?> values, ValueMap map) throws Unsupported {
        ObjectNode n = json.createObjectNode().put("type", "categorical");
        n.set("values", values(values, map));
        return n;
    }

    private static Object field(Object owner, String name) throws Unsupported {
        try {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(owner);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new Unsupported("cannot read " + owner.getClass().getSimpleName() + "." + name + ": " + e);
        }
    }
}
