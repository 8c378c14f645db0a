package io.automl.cli;

import io.automl.engine.TrialSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a list of trials (state, value, epochs, seconds, reason) as a table, CSV or JSON-ready maps. */
final class TrialRows {
    private static final String[] HEADER = {"trial", "state", "value", "epochs", "seconds", "attempt", "reason"};

    private TrialRows() {
    }

    /** The epochs a trial trained: its recorded {@code epochs}, else the steps reported so far. */
    static int epochs(TrialSnapshot t) {
        Object e = t.attributes().get("epochs");
        return e instanceof Number n ? n.intValue() : t.intermediate().size();
    }

    static String seconds(TrialSnapshot t, Instant now) {
        return String.format(Locale.ROOT, "%.1f", t.seconds(now));
    }

    /** An aligned table; reasons are cut to {@code reasonWidth} characters. */
    static String table(List<TrialSnapshot> trials, Instant now, int reasonWidth) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (TrialSnapshot t : trials) {
            String reason = t.reason() == null ? "" : t.reason();
            if (reason.length() > reasonWidth) {
                reason = reason.substring(0, reasonWidth - 3) + "...";
            }
            rows.add(new String[] {String.valueOf(t.number()), t.state().name(), Reports.num(t.value()),
                String.valueOf(epochs(t)), seconds(t, now), String.valueOf(t.attempt()), reason});
        }
        return Reports.align(rows);
    }

    /** RFC 4180 CSV with a header row; values unrounded. */
    static String csv(List<TrialSnapshot> trials, Instant now) {
        StringBuilder sb = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (TrialSnapshot t : trials) {
            sb.append(t.number()).append(',').append(t.state().name()).append(',')
                    .append(t.value() == null ? "" : t.value()).append(',').append(epochs(t)).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", t.seconds(now))).append(',').append(t.attempt())
                    .append(',').append(t.reason() == null ? "" : cell(t.reason())).append('\n');
        }
        return sb.toString();
    }

    /** One JSON-ready map per trial. */
    static List<Map<String, Object>> json(List<TrialSnapshot> trials, Instant now) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TrialSnapshot t : trials) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trial", t.number());
            m.put("state", t.state().name());
            m.put("value", t.value());
            m.put("epochs", epochs(t));
            m.put("seconds", t.seconds(now));
            m.put("attempt", t.attempt());
            m.put("reason", t.reason());
            m.put("config", t.config().values());
            out.add(m);
        }
        return out;
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
