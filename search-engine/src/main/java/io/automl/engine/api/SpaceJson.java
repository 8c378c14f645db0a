package io.automl.engine.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.automl.space.Budget;
import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Constant;
import io.automl.space.Distribution;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import io.automl.space.Param;
import io.automl.space.SearchSpace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Writes a parameters-only {@link SearchSpace} as search-space JSON (version 1). One use, one thread. */
final class SpaceJson {
    private final SearchSpace space;
    private final ObjectMapper json = new ObjectMapper().registerModule(new SimpleModule("finite-numbers")
            .addSerializer(Double.class, new FiniteNumber<>(Double.class))
            .addSerializer(Float.class, new FiniteNumber<>(Float.class)));

    SpaceJson(SearchSpace space) {
        this.space = Objects.requireNonNull(space, "space");
    }

    String write() {
        if (space.architecture().isPresent() || space.dataset() != null) {
            throw new IllegalArgumentException("space '" + space.name()
                    + "' has an architecture or a data set; give its source text (Study.Builder.spaceText)");
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", space.name());
        root.put("objective", Map.of("metric", space.objective().metric(),
                "direction", space.objective().direction().wireName()));
        Budget b = space.budget();
        root.put("budget", ordered("trials", b.trials(), "epochs", b.epochs(), "minutes", b.minutes(),
                "parallelism", b.parallelism(), "trialMinutes", b.trialMinutes()));
        Map<String, Object> sampler = ordered("type", space.sampler().type(), "seed", space.sampler().seed());
        sampler.putAll(new TreeMap<>(space.sampler().options()));
        root.put("sampler", sampler);
        Map<String, Object> pruner = ordered("type", space.pruner().type());
        pruner.putAll(new TreeMap<>(space.pruner().options()));
        root.put("pruner", pruner);
        root.put("evaluator", space.evaluator().command().isEmpty() ? ordered("type", space.evaluator().type())
                : ordered("type", space.evaluator().type(), "command", space.evaluator().command()));
        Map<String, Object> params = new LinkedHashMap<>();
        for (Param p : space.params()) {
            params.put(p.name(), param(p));
        }
        root.put("params", params);
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("space '" + space.name() + "' has no JSON form: " + e.getOriginalMessage(),
                    e);
        }
    }

    private static Object param(Param p) {
        Map<String, Object> d = distribution(p.distribution());
        if (p.when() != Condition.ALWAYS) {
            if (d == null) {
                throw new IllegalArgumentException("param '" + p.name() + "': a constant cannot be conditional");
            }
            Map<String, Object> when = new LinkedHashMap<>();
            collect(p.name(), p.when(), when);
            d.put("when", when);
        }
        return d == null ? ((Constant) p.distribution()).value() : d;
    }

    private static Map<String, Object> distribution(Distribution dist) {
        if (dist instanceof FloatRange f) {
            Map<String, Object> m = ordered("type", "float", "low", f.low(), "high", f.high());
            if (f.log()) {
                m.put("log", true);
            }
            if (f.step() > 0) {
                m.put("step", f.step());
            }
            return m;
        }
        if (dist instanceof IntRange r) {
            Map<String, Object> m = ordered("type", "int", "low", r.low(), "high", r.high());
            if (r.log()) {
                m.put("log", true);
            }
            if (r.step() != 1) {
                m.put("step", r.step());
            }
            return m;
        }
        if (dist instanceof Categorical c) {
            return ordered("type", "categorical", "values", c.values());
        }
        return null;
    }

    private static void collect(String param, Condition c, Map<String, Object> into) {
        if (c instanceof Condition.OneOf o) {
            List<Object> allowed = o.values();
            if (into.containsKey(o.key())) {
                // nested conditions on one parameter: both hold when its value is in the intersection
                Object before = into.get(o.key());
                List<?> earlier = before instanceof List<?> l ? l : List.of(before);
                allowed = allowed.stream().filter(earlier::contains).toList();
                if (allowed.isEmpty()) {
                    throw new IllegalArgumentException("param '" + param + "' can never be active");
                }
            }
            into.put(o.key(), allowed.size() == 1 ? allowed.get(0) : allowed);
        } else if (c instanceof Condition.All a) {
            a.parts().forEach(part -> collect(param, part, into));
        } else {
            throw new IllegalArgumentException("param '" + param + "': condition " + c + " has no JSON form");
        }
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Writes a number as Jackson does, refusing NaN and the infinities, which JSON cannot hold. */
    private static final class FiniteNumber<T extends Number> extends StdSerializer<T> {
        FiniteNumber(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws java.io.IOException {
            double d = value.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("a space cannot hold the number " + d);
            }
            gen.writeNumber(d);
        }
    }
}
