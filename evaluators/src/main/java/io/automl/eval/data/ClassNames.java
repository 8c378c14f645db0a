package io.automl.eval.data;

/** Class names as folder names. Stateless. */
final class ClassNames {
    private ClassNames() {
    }

    /**
     * {@code name} as a single safe folder name: characters other than letters, digits, {@code -}, {@code _} and
     * {@code .} become {@code _}, and a name that would be empty, {@code .} or {@code ..} or start with {@code .}
     * gets a leading {@code _}.
     */
    static String folder(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }
}
