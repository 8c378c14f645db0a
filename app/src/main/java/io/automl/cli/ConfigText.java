package io.automl.cli;

import io.automl.space.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A short human-readable rendering of a configuration: parameters, then hidden layer sizes. */
final class ConfigText {
    private static final Pattern UNITS = Pattern.compile("arch\\.b\\d+\\.l\\d+\\.units");

    private ConfigText() {
    }

    static String compact(Config config, int maxLength) {
        List<String> parts = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (Map.Entry<String, Object> e : config.values().entrySet()) {
            String key = e.getKey();
            Matcher m = UNITS.matcher(key);
            if (m.matches()) {
                units.add(value(e.getValue()));
            } else if (!key.startsWith("arch.")) {
                parts.add(key + "=" + value(e.getValue()));
            }
        }
        if (!units.isEmpty()) {
            parts.add("units=" + units);
        }
        String s = String.join(" ", parts);
        return s.length() <= maxLength ? s : s.substring(0, maxLength - 3) + "...";
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            double a = Math.abs(d);
            if (a != 0 && (a < 1e-3 || a >= 1e5)) {
                return String.format(Locale.ROOT, "%.2e", d);
            }
            String s = String.format(Locale.ROOT, "%.4g", d);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return String.valueOf(v);
    }
}
