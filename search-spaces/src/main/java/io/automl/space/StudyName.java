package io.automl.space;

import java.util.Objects;
import java.util.Optional;

/**
 * The rule for the names of studies and schedules, defined once: 1 to {@value #MAX_LENGTH} characters, each an
 * ASCII letter, a digit, {@code '-'}, {@code '_'} or {@code '.'}, the first not {@code '.'} or {@code '-'}. Such a
 * name is safe in a URL path, an HTTP header, a file name and a log line without escaping. Stateless and
 * thread-safe.
 */
public final class StudyName {
    /** The longest name allowed. */
    public static final int MAX_LENGTH = 100;
    /** The rule in words, for messages and help texts. */
    public static final String RULE = "1 to " + MAX_LENGTH + " characters of letters (A-Z, a-z), digits, '-', '_'"
            + " and '.', not starting with '.' or '-'";
    private static final int SHOWN = 40;

    private StudyName() {
    }

    /** What is wrong with {@code name} (without the value itself), or empty when it follows the rule. */
    public static Optional<String> problem(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            return Optional.of("must be " + RULE + "; it is empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("must be " + RULE + "; it has " + name.length() + " characters");
        }
        char first = name.charAt(0);
        if (first == '.' || first == '-') {
            return Optional.of("must be " + RULE + "; it starts with '" + first + "'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!allowed(c)) {
                return Optional.of("must be " + RULE + "; it has " + describe(c) + " at index " + i);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code name} as a message shows it: whole when short, else its first {@value #SHOWN} characters and how
     * many there are (so that a huge value does not swell an error message).
     */
    public static String shown(String name) {
        Objects.requireNonNull(name, "name");
        return name.length() <= SHOWN ? name : name.substring(0, SHOWN) + "... (" + name.length() + " characters)";
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.';
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        return c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
