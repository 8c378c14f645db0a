package io.automl.cli;

import io.automl.eval.dl4j.Nd4jSettings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code automl} program: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Nd4jSettings.apply(System.getProperties());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Console console = new Console(out, err, System.console() != null, System.getenv());
        System.exit(new Cli(console).execute(args));
    }
}
