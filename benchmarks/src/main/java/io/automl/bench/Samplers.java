package io.automl.bench;

import io.automl.engine.Sampler;
import io.automl.engine.sampler.RandomSampler;
import io.automl.engine.sampler.auto.AutoSampler;
import io.automl.engine.sampler.evolution.EvolutionSampler;
import io.automl.engine.sampler.gp.GpSampler;
import io.automl.engine.sampler.qmc.SobolSampler;
import io.automl.engine.sampler.tpe.TpeSampler;
import java.util.List;
import java.util.Map;

/** The samplers compared by the benchmarks, by name, built for a study seed. */
final class Samplers {
    private Samplers() {
    }

    static final List<String> NAMES = List.of("random", "sobol", "tpe", "tpe-mv", "evolution", "gp", "auto");

    /** The sampler {@code name}; {@code gp:option=value;...} is gp with integer or boolean options set. */
    static Sampler create(String name, long seed) {
        if (name.startsWith("gp:")) {
            Map<String, Object> options = new java.util.LinkedHashMap<>();
            for (String pair : name.substring(3).split(";")) {
                String[] kv = pair.split("=", 2);
                options.put(kv[0], kv[1].equals("true") || kv[1].equals("false") ? (Object) Boolean.valueOf(kv[1])
                        : (Object) Integer.valueOf(kv[1]));
            }
            return new GpSampler(options, seed);
        }
        switch (name) {
            case "random":
                return new RandomSampler();
            case "sobol":
                return new SobolSampler(seed);
            case "tpe":
                return new TpeSampler(Map.of());
            case "tpe-mv":
                return new TpeSampler(Map.of("multivariate", true));
            case "evolution":
                return new EvolutionSampler(Map.of());
            case "gp":
                return new GpSampler(Map.of(), seed);
            case "auto":
                return new AutoSampler(Map.of(), seed);
            default:
                throw new IllegalArgumentException("unknown sampler: " + name);
        }
    }

    /** The generator seed of trial {@code index} of a study seeded with {@code seed} (SplitMix64). */
    static long trialSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
