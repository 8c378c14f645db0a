package io.automl.eval.arbiter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.arbiter.conf.updater.AdamSpace;
import org.deeplearning4j.arbiter.conf.updater.NesterovsSpace;
import org.deeplearning4j.arbiter.conf.updater.RmsPropSpace;
import org.deeplearning4j.arbiter.conf.updater.SgdSpace;
import org.deeplearning4j.arbiter.optimize.api.ParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.FixedValue;
import org.deeplearning4j.arbiter.optimize.parameter.discrete.DiscreteParameterSpace;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Converts an Arbiter updater space to the trainer's {@code optimizer}, {@code learningRate} and {@code momentum}
 * parameters: {@code AdamSpace}, {@code SgdSpace}, {@code NesterovsSpace} (with {@code momentum}) and
 * {@code RmsPropSpace} with searched learning rates; a fixed {@code Adam}, {@code Sgd}, {@code Nesterovs} or
 * {@code RmsProp}; a {@code DiscreteParameterSpace} of those with one learning rate (a categorical optimizer).
 * Schedules, other updaters and non-default settings (Adam's betas, RmsProp's decay) are problems. Not thread-safe.
 */
final class Updaters {
    private static final String SUPPORTED = "supported: AdamSpace, SgdSpace, NesterovsSpace, RmsPropSpace (learning"
            + " rate and momentum searched), or fixed Adam, Sgd, Nesterovs, RmsProp with default settings";

    /** The momentum of DL4J's {@code Nesterovs} and of the trainer's {@code nesterovs} when none is given. */
    private static final double DEFAULT_MOMENTUM = 0.9;

    private final ObjectMapper json;
    private final Report report;
    private final Dists dists;

    Updaters(ObjectMapper json, Report report, Dists dists) {
        this.json = json;
        this.report = report;
        this.dists = dists;
    }

    /** Puts the parameters for {@code updater} into {@code params}. */
    @SuppressWarnings("rawtypes") // Arbiter's getNestedSpaces() returns raw ParameterSpace values
    void convert(ParameterSpace<?> updater, String where, ObjectNode params) {
        String optimizer = updater instanceof AdamSpace ? "adam" : updater instanceof SgdSpace ? "sgd"
                : updater instanceof NesterovsSpace ? "nesterovs" : updater instanceof RmsPropSpace ? "rmsprop" : null;
        if (optimizer != null) {
            params.put("optimizer", optimizer);
            Map<String, ParameterSpace> nested = updater.getNestedSpaces();
            for (Map.Entry<String, ParameterSpace> e : nested.entrySet()) {
                String name = e.getKey();
                if (name.equals("learningRate") || name.equals("momentum") && optimizer.equals("nesterovs")) {
                    put(params, name, dists.of(e.getValue(), where + " " + name, ValueMap.plain()));
                } else {
                    report.problem(where + " " + name, "not supported in " + updater.getClass().getSimpleName()
                            + "; supported: learningRate" + (optimizer.equals("nesterovs") ? ", momentum" : ""));
                }
            }
            if (!nested.containsKey("learningRate") && !nested.containsKey("learningRateSchedule")) {
                params.put("learningRate", fixed(optimizer).getLearningRate(0, 0));
            }
            return;
        }
        List<?> choices = updater instanceof FixedValue<?> f ? List.of(f.getValue())
                : updater instanceof DiscreteParameterSpace<?> d ? discreteValues(d) : null;
        if (choices == null) {
            report.problem(where, updater.getClass().getSimpleName() + " is not supported; " + SUPPORTED);
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        Set<Double> rates = new LinkedHashSet<>();
        List<Double> momenta = new ArrayList<>();
        for (Object c : choices) {
            String name = name(c);
            if (name == null || !(c instanceof IUpdater u) || !defaults(u)) {
                report.problem(where, "updater " + c + " is not supported; " + SUPPORTED);
                return;
            }
            names.add(name);
            rates.add(u.getLearningRate(0, 0));
            if (u instanceof Nesterovs n) {
                momenta.add(n.getMomentum());
            }
        }
        if (rates.size() > 1) {
            report.problem(where, "a choice of updaters with different learning rates " + rates + " is not"
                    + " supported; give them one learning rate, or search it with AdamSpace/SgdSpace/...");
            return;
        }
        boolean ownMomentum = momenta.stream().anyMatch(m -> m != DEFAULT_MOMENTUM);
        if (ownMomentum && names.size() > 1) {
            report.problem(where, "a choice of updaters including Nesterovs with momentum " + momenta
                    + " is not supported; the trainer's nesterovs takes momentum 0.9 unless one updater is fixed");
            return;
        }
        params.set("optimizer", names.size() == 1 ? json.valueToTree(names.iterator().next())
                : json.createObjectNode().put("type", "categorical").set("values", json.valueToTree(names)));
        params.put("learningRate", rates.iterator().next());
        if (ownMomentum) {
            params.put("momentum", momenta.get(0));
        }
    }

    private static void put(ObjectNode params, String name, JsonNode value) {
        if (value != null) {
            params.set(name, value);
        }
    }

    private static String name(Object u) {
        Class<?> c = u == null ? null : u.getClass();
        return c == Adam.class ? "adam" : c == Sgd.class ? "sgd" : c == Nesterovs.class ? "nesterovs"
                : c == RmsProp.class ? "rmsprop" : null;
    }

    private static IUpdater fixed(String optimizer) {
        switch (optimizer) {
            case "sgd":
                return new Sgd();
            case "nesterovs":
                return new Nesterovs();
            case "rmsprop":
                return new RmsProp();
            default:
                return new Adam();
        }
    }

    /** Whether {@code u} equals the updater with default settings and its own learning rate (and momentum). */
    private static boolean defaults(IUpdater u) {
        double lr = u.getLearningRate(0, 0);
        IUpdater reference = u instanceof Nesterovs n ? new Nesterovs(lr, n.getMomentum())
                : u instanceof Sgd ? new Sgd(lr) : u instanceof RmsProp ? new RmsProp(lr) : new Adam(lr);
        return reference.equals(u);
    }

    private static List<?> discreteValues(DiscreteParameterSpace<?> d) {
        try {
            Field f = DiscreteParameterSpace.class.getDeclaredField("values");
            f.setAccessible(true);
            return (List<?>) f.get(d);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read DiscreteParameterSpace.values", e);
        }
    }
}
