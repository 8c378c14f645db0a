package io.automl.cli;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The distinct reasons of a study's FAILED trials with how many trials failed for each, most frequent first
 * (ties in order of first occurrence). Reasons that differ only in their numbers ({@code network has 83
 * parameters, limit 30} and {@code network has 99 parameters, limit 30}) count as one reason, shown by its first
 * occurrence with the number of variants. Immutable.
 */
record FailureReasons(List<Entry> entries) {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    /** How many FAILED trials gave {@code reason} or a variant of it differing in numbers only. */
    record Entry(String reason, int count, int variants) {
    }

    FailureReasons {
        entries = List.copyOf(entries);
    }

    /** The reasons of the FAILED trials among {@code trials}. */
    static FailureReasons of(Collection<TrialSnapshot> trials) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        for (TrialSnapshot t : trials) {
            if (t.state() == TrialState.FAILED) {
                String reason = t.reason() == null || t.reason().isBlank() ? "(no reason recorded)" : t.reason();
                String key = NUMBER.matcher(reason).replaceAll("#");
                counts.merge(key, 1, Integer::sum);
                first.putIfAbsent(key, reason);
                texts.computeIfAbsent(key, k -> new HashSet<>()).add(reason);
            }
        }
        List<Entry> list = new ArrayList<>();
        counts.forEach((k, n) -> list.add(new Entry(first.get(k), n, texts.get(k).size())));
        list.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return new FailureReasons(list);
    }

    /** Text lines {@code "  3 x reason"}, at most {@code limit} of them and a line for the rest. */
    String text(int limit) {
        StringBuilder sb = new StringBuilder();
        if (entries.isEmpty()) {
            return "";
        }
        sb.append("failed trials by reason:").append(System.lineSeparator());
        int width = String.valueOf(entries.get(0).count()).length();
        for (int i = 0; i < Math.min(limit, entries.size()); i++) {
            Entry e = entries.get(i);
            sb.append(String.format(Locale.ROOT, "  %" + width + "d x %s", e.count(), e.reason()));
            if (e.variants() > 1) {
                sb.append(String.format(Locale.ROOT, " (and %d variants with other numbers)", e.variants() - 1));
            }
            sb.append(System.lineSeparator());
        }
        if (entries.size() > limit) {
            int rest = entries.subList(limit, entries.size()).stream().mapToInt(Entry::count).sum();
            sb.append(String.format(Locale.ROOT, "  ... %d more reasons (%d trials): automl trials STUDY --state"
                    + " FAILED", entries.size() - limit, rest)).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** JSON-ready list of {@code {"reason": ..., "count": ...}}. */
    List<Map<String, Object>> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reason", e.reason());
            m.put("count", e.count());
            m.put("variants", e.variants());
            out.add(m);
        }
        return out;
    }
}
