package io.automl.engine.options;

import io.automl.space.parse.SpaceError;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Maps a plugin's option map (a space's {@code sampler} section without {@code type} and {@code seed}, or
 * its {@code pruner} section without {@code type}) onto the plugin's options record. Each component of
 * the record is one option, named like the component or one of its {@link OptionAlias}es, of type
 * {@code int}, {@code long}, {@code double}, {@code boolean} or {@code String}; an option left out keeps
 * the value it has in the defaults record. The record's canonical constructor validates the values; its
 * {@link IllegalArgumentException} messages start with the name of the component they blame.
 *
 * <p>Every problem is reported, each as a {@link SpaceError} with the option's pointer and value: an
 * unknown option (with the names expected), two names of one option, a value of the wrong type, and a
 * value the constructor rejects. Stateless and thread-safe.
 */
public final class OptionReader {
    private OptionReader() {
    }

    /**
     * The outcome of reading options: the record, or the problems (then {@code value} is null).
     *
     * @param value the options record, null when there are problems
     * @param errors every problem, each with a pointer under the section's pointer
     */
    public record Result<T extends Record>(T value, List<SpaceError> errors) {
        public Result {
            errors = List.copyOf(errors);
            if ((value == null) == errors.isEmpty()) {
                throw new IllegalArgumentException("a result has a value or errors, not both: " + value + ", "
                        + errors);
            }
        }

        /** The record; throws {@link IllegalArgumentException} listing every problem, after {@code owner}. */
        public T orThrow(String owner) {
            if (value == null) {
                throw new IllegalArgumentException("invalid options for " + owner + ": "
                        + errors.stream().map(SpaceError::toString).collect(Collectors.joining("; ")));
            }
            return value;
        }
    }

    /**
     * The option names of {@code type}: each component's name followed by its aliases, in declaration
     * order. Throws {@link IllegalArgumentException} when a component has a type options cannot have.
     */
    public static List<String> names(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!OptionValues.TYPES.contains(c.getType())) {
                throw new IllegalArgumentException("option " + c.getName() + " of " + type.getSimpleName()
                        + " has type " + c.getType().getSimpleName() + "; options are int, long, double, boolean"
                        + " or String");
            }
            names.add(c.getName());
            names.addAll(aliases(c));
        }
        return List.copyOf(names);
    }

    /**
     * Reads {@code options} onto a record of the type of {@code defaults}, whose values fill the options
     * left out; {@code pointer} is the section's JSON pointer (such as {@code /sampler}).
     */
    @SuppressWarnings("unchecked")
    public static <T extends Record> Result<T> read(T defaults, Map<String, ?> options, String pointer) {
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(pointer, "pointer");
        Class<T> type = (Class<T>) defaults.getClass();
        List<String> names = names(type);
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            accessor.trySetAccessible();
            args[i] = invoke(() -> accessor.invoke(defaults));
        }
        String[] given = new String[components.length];
        List<SpaceError> errors = new ArrayList<>();
        boolean typed = true;
        for (String key : new TreeSet<>(options.keySet())) {
            Object value = options.get(key);
            String at = pointer + "/" + OptionValues.token(key);
            int i = indexOf(components, key);
            if (i < 0) {
                errors.add(new SpaceError(at, "unknown option '" + key + "'; " + (names.isEmpty()
                        ? "no options are accepted here" : "expected one of " + String.join(", ", names)),
                        OptionValues.json(value)));
            } else if (given[i] != null) {
                errors.add(new SpaceError(at, "give " + given[i] + " or " + key + ", not both",
                        OptionValues.json(value)));
                typed = false;
            } else {
                given[i] = key;
                Object converted = OptionValues.convert(components[i].getType(), value);
                if (converted == null) {
                    errors.add(new SpaceError(at, OptionValues.expected(components[i].getType()),
                            OptionValues.json(value)));
                    typed = false;
                } else {
                    args[i] = converted;
                }
            }
        }
        T record = null;
        if (typed) {
            try {
                record = construct(type, components, args);
            } catch (IllegalArgumentException e) {
                errors.add(rejected(e, components, given, options, pointer));
            }
        }
        return errors.isEmpty() ? new Result<>(record, List.of()) : new Result<>(null, errors);
    }

    private static SpaceError rejected(IllegalArgumentException e, RecordComponent[] components, String[] given,
            Map<String, ?> options, String pointer) {
        String message = String.valueOf(e.getMessage());
        int i = indexOf(components, message.split("[^A-Za-z0-9_]", 2)[0]);
        String key = i < 0 ? null : given[i] != null ? given[i] : components[i].getName();
        Object value = key == null ? null : options.get(key);
        if (value != null && message.endsWith(": " + value)) {
            message = message.substring(0, message.length() - value.toString().length() - 2);
        }
        return new SpaceError(key == null ? pointer : pointer + "/" + OptionValues.token(key), message,
                value == null ? null : OptionValues.json(value));
    }

    private static <T extends Record> T construct(Class<T> type, RecordComponent[] components, Object[] args) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return invoke(() -> {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.trySetAccessible();
            return constructor.newInstance(args);
        });
    }

    private static int indexOf(RecordComponent[] components, String key) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(key) || aliases(components[i]).contains(key)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> aliases(RecordComponent c) {
        OptionAlias alias = c.getAnnotation(OptionAlias.class);
        return alias == null ? List.of() : List.of(alias.value());
    }

    /** Reflective work whose {@link IllegalArgumentException} (from the record) passes through as is. */
    private static <R> R invoke(Reflective<R> work) {
        try {
            return work.run();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read an options record reflectively", e);
        }
    }

    @FunctionalInterface
    private interface Reflective<R> {
        R run() throws ReflectiveOperationException;
    }
}
