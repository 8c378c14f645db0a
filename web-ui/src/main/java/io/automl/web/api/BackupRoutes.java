package io.automl.web.api;

import io.automl.engine.TrialStore;
import io.automl.results.H2Backup;
import io.automl.results.JdbcTrialStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code POST /api/backup}: a consistent zip of the server's embedded H2 database (studies, trials, schedules and
 * stored models) taken while it runs, for {@code automl backup}; 409 for a PostgreSQL store (use pg_dump). The
 * zip is written to the scratch folder and deleted once sent. Thread-safe.
 */
final class BackupRoutes {
    private final TrialStore store;
    private final Path scratch;

    BackupRoutes(TrialStore store, Path scratch) {
        this.store = Objects.requireNonNull(store, "store");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
    }

    void register(Javalin app) {
        app.post("/api/backup", this::backup);
    }

    private void backup(Context ctx) throws IOException {
        if (!(store instanceof JdbcTrialStore jdbc)) {
            throw ApiException.conflict("this server's store cannot be backed up through the API");
        }
        Files.createDirectories(scratch);
        Path zip = scratch.resolve("backup-" + System.nanoTime() + ".zip");
        try {
            H2Backup.backup(jdbc.dataSource(), zip);
        } catch (UnsupportedOperationException e) {
            Files.deleteIfExists(zip);
            throw ApiException.conflict(e.getMessage());
        }
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"automl-backup-"
                + Instant.now().toString().replace(':', '-') + ".zip\"");
        ctx.result(Files.newInputStream(zip, StandardOpenOption.DELETE_ON_CLOSE));
    }
}
