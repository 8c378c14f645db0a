package io.automl.engine.insight;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parameter importance by one-way analysis of variance: for each parameter the complete trials are grouped into
 * bins of its value (one bin per value when it takes at most {@value #MAX_BINS} values, else up to
 * {@value #MAX_BINS} quantile bins), and the parameter's importance is the effect size omega squared,
 * {@code (SSB - (k - 1) MSW) / (SST + MSW)}, clipped at 0. Unlike the plain share of variance between bins, omega
 * squared corrects for the variance that k bins explain by chance, so a parameter with many bins or few trials per
 * bin does not rank high on noise. A conditional parameter is measured only over the trials where it is active and
 * weighted by their share: whether it is active at all is the effect of the parameter its condition reads (an
 * optimizer), which is not credited to it (a momentum).
 * The {@code share}s are the importances normalised to sum 1. Fewer than {@value #MIN_TRIALS} complete trials give
 * a warning. Stateless and thread-safe.
 */
public final class ParameterImportance {
    /** The method as shown to users. */
    public static final String METHOD = "omega squared of a one-way ANOVA of the objective over binned parameter"
            + " values (complete trials; a conditional parameter over the trials where it is active, weighted by"
            + " their share)";
    /** Below this many complete trials the result carries a warning. */
    public static final int MIN_TRIALS = 20;
    /** The most bins per parameter. */
    public static final int MAX_BINS = 6;

    /**
     * The importance of one parameter.
     *
     * @param parameter the config key
     * @param share the importance normalised over all parameters (0 when every importance is 0)
     * @param omegaSquared the effect size before normalisation, in [0, 1)
     * @param bins how many bins its values formed
     * @param present in how many of the complete trials the parameter was active
     */
    public record Entry(String parameter, double share, double omegaSquared, int bins, int present) {
        public Entry {
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    /**
     * The result for a study.
     *
     * @param method how the importance was computed ({@link #METHOD})
     * @param trials how many complete trials it used
     * @param minimumTrials {@link #MIN_TRIALS}
     * @param warning why the ranking may be noise, or null
     * @param parameters the parameters that vary, most important first
     */
    public record Result(String method, int trials, int minimumTrials, String warning, List<Entry> parameters) {
        public Result {
            Objects.requireNonNull(method, "method");
            parameters = List.copyOf(parameters);
        }
    }

    private ParameterImportance() {
    }

    /** The importance of each varying parameter over the COMPLETE trials (with a value) of {@code trials}. */
    public static Result of(List<TrialSnapshot> trials) {
        List<TrialSnapshot> complete = trials.stream()
                .filter(t -> t.state() == TrialState.COMPLETE && t.value() != null && Double.isFinite(t.value()))
                .toList();
        Set<String> keys = new LinkedHashSet<>();
        complete.forEach(t -> keys.addAll(t.config().values().keySet()));
        double[] y = complete.stream().mapToDouble(TrialSnapshot::value).toArray();
        List<Entry> raw = new ArrayList<>();
        for (String key : keys) {
            List<Object> values = complete.stream().map(t -> t.config().values().get(key)).toList();
            int present = (int) values.stream().filter(Objects::nonNull).count();
            double[] ys = y;
            if (present < values.size()) {
                // a conditional parameter: its own effect among the trials where it is active, weighted by
                // their share (whether it is active is the effect of the parameters its condition reads)
                List<Object> active = new ArrayList<>();
                ys = new double[present];
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) {
                        ys[active.size()] = y[i];
                        active.add(values.get(i));
                    }
                }
                values = active;
            }
            int[] bin = bins(values);
            int k = 0;
            for (int b : bin) {
                k = Math.max(k, b + 1);
            }
            if (k < 2 && present == complete.size()) {
                continue;
            }
            double effect = k < 2 ? 0 : omegaSquared(ys, bin, k) * present / complete.size();
            raw.add(new Entry(key, 0, effect, k, present));
        }
        double total = raw.stream().mapToDouble(Entry::omegaSquared).sum();
        List<Entry> out = new ArrayList<>();
        for (Entry e : raw) {
            out.add(new Entry(e.parameter(), total > 0 ? e.omegaSquared() / total : 0, e.omegaSquared(), e.bins(),
                    e.present()));
        }
        out.sort(Comparator.comparingDouble(Entry::share).reversed().thenComparing(Entry::parameter));
        String warning = complete.size() < MIN_TRIALS ? String.format(Locale.ROOT, "only %d complete trial%s: the"
                + " ranking needs at least %d to tell importance from noise", complete.size(),
                complete.size() == 1 ? "" : "s", MIN_TRIALS) : null;
        return new Result(METHOD, complete.size(), MIN_TRIALS, warning, out);
    }

    /** The bin of each value; bins numbered from 0. */
    static int[] bins(List<Object> values) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        TreeSet<Double> numbers = new TreeSet<>();
        boolean allNumbers = true;
        for (Object v : values) {
            if (v instanceof Number n) {
                numbers.add(n.doubleValue());
            } else if (v != null) {
                allNumbers = false;
            }
        }
        int[] bin = new int[values.size()];
        if (allNumbers && numbers.size() > MAX_BINS) {
            List<Double> sorted = values.stream().filter(Objects::nonNull).map(v -> ((Number) v).doubleValue())
                    .sorted().toList();
            int bins = Math.min(MAX_BINS, Math.max(2, sorted.size() / 3));
            double[] cuts = new double[bins - 1];
            for (int i = 1; i < bins; i++) {
                cuts[i - 1] = sorted.get((int) Math.floor(i * sorted.size() / (double) bins));
            }
            for (int i = 0; i < bin.length; i++) {
                Object v = values.get(i);
                String label;
                int b = 0;
                while (b < cuts.length && ((Number) v).doubleValue() >= cuts[b]) {
                    b++;
                }
                label = "q" + b;
                bin[i] = categories.computeIfAbsent(label, l -> categories.size());
            }
            return bin;
        }
        for (int i = 0; i < bin.length; i++) {
            Object v = values.get(i);
            String label = v instanceof Number n ? String.valueOf(n.doubleValue()) : "s:" + v;
            bin[i] = categories.computeIfAbsent(label, l -> categories.size());
        }
        return bin;
    }

    /** Omega squared of {@code y} grouped by {@code bin} into {@code k} groups, clipped at 0. */
    static double omegaSquared(double[] y, int[] bin, int k) {
        int n = y.length;
        if (n - k < 1) {
            return 0;
        }
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double[] sum = new double[k];
        int[] count = new int[k];
        for (int i = 0; i < n; i++) {
            sum[bin[i]] += y[i];
            count[bin[i]]++;
        }
        double ssb = 0;
        for (int b = 0; b < k; b++) {
            if (count[b] > 0) {
                double m = sum[b] / count[b];
                ssb += count[b] * (m - mean) * (m - mean);
            }
        }
        double sst = 0;
        for (double v : y) {
            sst += (v - mean) * (v - mean);
        }
        double msw = (sst - ssb) / (n - k);
        double denominator = sst + msw;
        if (!(denominator > 0)) {
            return 0;
        }
        return Math.max(0, (ssb - (k - 1) * msw) / denominator);
    }
}
