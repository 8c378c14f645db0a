package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.results.H2Backup;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code automl restore FILE.zip --data DIR}: brings a backup of {@code automl backup} back into a data folder that
 * holds no database, then opens it (bringing its schema up to date) and lists its studies. Studies that were
 * RUNNING when the backup was taken resume when a server starts on the folder, or with {@code automl run}.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup zip into an empty data folder (--data).")
final class RestoreCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A backup written by automl backup.")
    Path file;

    @Mixin
    DataOption dataOption;

    RestoreCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (!dataOption.location(console.env()).isEmbedded()) {
            throw new UserException("--store: restore a PostgreSQL dump with pg_restore");
        }
        Path data = dataOption.resolve(console.env()).path();
        try {
            H2Backup.restore(file, data);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        try (Services services = dataOption.open(console.env())) {
            List<StudyRecord> studies = services.store().studies();
            console.out().println("automl: restored " + studies.size() + " studies into " + data + ": "
                    + studies.stream().map(s -> s.name() + " (" + s.state() + ")").toList());
        }
        return 0;
    }
}
