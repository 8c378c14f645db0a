package io.automl.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.tools.Restore;

/**
 * Backups of the embedded H2 store, trials, schedules and stored models alike (they are all rows of its one
 * database): {@link #backup} takes a consistent copy while the database is in use (H2's online {@code BACKUP TO},
 * through the pool of the process that holds the file), {@link #restore} brings one back into a data directory that
 * holds no database. A PostgreSQL store is backed up with {@code pg_dump}. Stateless and thread-safe.
 */
public final class H2Backup {
    /** The database's name inside the data directory and the backup ({@code automl.mv.db}). */
    static final String DATABASE = "automl";

    private H2Backup() {
    }

    /** Writes a zip of the H2 database behind {@code dataSource} to {@code zip} (replacing nothing: it must not exist). */
    public static void backup(DataSource dataSource, Path zip) throws IOException {
        Objects.requireNonNull(dataSource, "dataSource");
        Path target = zip.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new IllegalArgumentException("out: " + target + " exists already");
        }
        Files.createDirectories(target.getParent());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String url = c.getMetaData().getURL();
            if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
                throw new UnsupportedOperationException("only the embedded H2 store is backed up here; back up a"
                        + " PostgreSQL store with pg_dump");
            }
            s.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Unpacks the database of the backup {@code zip} into {@code dataDir} (created when missing), which must not hold a
     * database yet; throws {@link IllegalArgumentException} naming the problem otherwise.
     */
    public static void restore(Path zip, Path dataDir) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("FILE: no backup at " + zip);
        }
        if (Files.exists(dataDir.resolve(DATABASE + ".mv.db"))) {
            throw new IllegalArgumentException("--data: " + dataDir + " holds a database already; restore into an"
                    + " empty data folder");
        }
        try (var zipFile = new java.util.zip.ZipFile(zip.toFile())) {
            if (zipFile.getEntry(DATABASE + ".mv.db") == null) {
                throw new IllegalArgumentException("FILE: " + zip + " is not a backup of an automl data folder (it"
                        + " has no " + DATABASE + ".mv.db)");
            }
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException("FILE: " + zip + " is not a zip file: " + e.getMessage(), e);
        }
        Files.createDirectories(dataDir);
        Restore.execute(zip.toString(), dataDir.toString(), DATABASE);
    }
}
