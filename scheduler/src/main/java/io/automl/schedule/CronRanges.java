package io.automl.schedule;

import java.util.Optional;

/**
 * Range checks Quartz's parser skips: it accepts two-digit values such as 99 in the seconds, minutes and hours
 * fields (and then fires at times nobody asked for). Stateless.
 */
final class CronRanges {
    private static final String[] FIELDS = {"seconds", "minutes", "hours"};
    private static final int[] MAX = {59, 59, 23};

    private CronRanges() {
    }

    /** The first out-of-range value of the seconds, minutes or hours field of {@code cron}, described; or empty. */
    static Optional<String> problem(String cron) {
        String[] fields = cron.strip().split("\\s+");
        for (int f = 0; f < Math.min(FIELDS.length, fields.length); f++) {
            for (String part : fields[f].split(",")) {
                String[] stepped = part.split("/", 2);
                for (String bound : stepped[0].split("-")) {
                    Optional<String> p = check(f, bound, 0, MAX[f]);
                    if (p.isPresent()) {
                        return p;
                    }
                }
                if (stepped.length == 2) {
                    Optional<String> p = check(f, stepped[1], 1, MAX[f] + 1);
                    if (p.isPresent()) {
                        return p;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> check(int field, String token, int min, int max) {
        if (!token.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(token);
        if (value < min || value > max) {
            return Optional.of(FIELDS[field] + " must be within " + min + ".." + max + ", got " + value);
        }
        return Optional.empty();
    }
}
