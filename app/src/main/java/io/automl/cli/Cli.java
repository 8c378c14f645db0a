package io.automl.cli;

import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the {@code automl} command tree and maps failures to exit codes: 2 for invalid input
 * (a bad search space, bad options, a missing file), 1 for anything else.
 */
public final class Cli {
    /** Exit code for invalid user input. */
    public static final int INVALID_INPUT = 2;

    private final Console console;

    public Cli(Console console) {
        this.console = Objects.requireNonNull(console, "console");
    }

    /** Runs one command line and returns its exit code. */
    public int execute(String... args) {
        CommandLine cl = new CommandLine(new Root());
        cl.addSubcommand(new ValidateCommand(console));
        cl.addSubcommand(new ImportArbiterCommand(console));
        cl.addSubcommand(new RunCommand(console));
        cl.addSubcommand(new StudiesCommand(console));
        cl.addSubcommand(new LeaderboardCommand(console));
        cl.addSubcommand(new TrialsCommand(console));
        cl.addSubcommand(new TrialCommand(console));
        cl.addSubcommand(new ImportanceCommand(console));
        cl.addSubcommand(new BackupCommand(console));
        cl.addSubcommand(new RestoreCommand(console));
        cl.addSubcommand(new ExportCommand(console));
        cl.addSubcommand(new PredictCommand(console));
        cl.addSubcommand(new ImagesFromCsvCommand(console));
        cl.addSubcommand(new DatasetsCommand(console));
        cl.addSubcommand(new DatasetCommand(console));
        cl.addSubcommand(new ServeCommand(console));
        cl.addSubcommand(new WorkerCommand(console));
        cl.addSubcommand(new ScheduleCommand(console));
        cl.addSubcommand(new SchedulesCommand(console));
        cl.addSubcommand(new UnscheduleCommand(console));
        cl.addSubcommand(new ScheduleHistoryCommand(console));
        cl.setOut(new PrintWriter(console.out(), true));
        cl.setErr(new PrintWriter(console.err(), true));
        cl.setParameterExceptionHandler((ex, a) -> {
            console.err().println("automl: " + ex.getMessage());
            console.err().println("Try 'automl " + ex.getCommandLine().getCommandName() + " --help'.");
            return INVALID_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex));
        return cl.execute(args);
    }

    private int report(Exception ex) {
        if (ex instanceof InvalidSpaceException invalid) {
            for (SpaceError e : invalid.errors()) {
                console.err().println(SpaceErrors.line(e));
            }
            return INVALID_INPUT;
        }
        if (ex instanceof UserException user) {
            console.err().println("automl: " + user.getMessage());
            return INVALID_INPUT;
        }
        console.err().println("automl: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        if (console.env().containsKey("AUTOML_DEBUG")) {
            ex.printStackTrace(console.err());
        }
        return 1;
    }

    /** The root command: only groups the subcommands. */
    @Command(name = "automl", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Hyperparameter and architecture search for DL4J networks.")
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
