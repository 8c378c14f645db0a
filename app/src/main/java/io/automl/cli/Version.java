package io.automl.cli;

import picocli.CommandLine;

/** The version printed by {@code automl --version}, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"automl " + (v == null ? "development build" : v)};
    }
}
