package io.automl.eval.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks a zip into an empty folder, refusing (with the entry's name) entries with an absolute path, a drive
 * letter, a backslash or a {@code ..} segment (anything that could land outside the folder), symbolic links, more
 * than {@link DatasetLimits#maxEntries()} entries and more than {@link DatasetLimits#maxUnpackedBytes()} bytes
 * unpacked (counted while inflating, not taken from the headers). On any refusal or failure the folder is deleted
 * with everything written so far, so nothing is left behind. Entries below {@code __MACOSX/} are skipped.
 * Stateless and thread-safe.
 */
public final class SafeUnzip {
    private final DatasetLimits limits;

    public SafeUnzip(DatasetLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    /** Unpacks {@code zip} into {@code target} (created; must not exist) and returns the number of files. */
    public int unpack(Path zip, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.createDirectory(target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        boolean done = false;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            int files = 0;
            int entries = 0;
            long[] bytes = {0};
            Enumeration<ZipArchiveEntry> all = z.getEntriesInPhysicalOrder();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw new DatasetStoreException(DatasetStoreException.Kind.TOO_LARGE, "the zip has more than "
                            + limits.maxEntries() + " entries (at " + e.getName() + ")");
                }
                Path out = place(target, e);
                if (out == null) {
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = z.getInputStream(e);
                        OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
                    copy(in, o, bytes, e.getName());
                }
                files++;
            }
            done = true;
            return files;
        } catch (IOException e) {
            throw new DatasetStoreException(DatasetStoreException.Kind.INVALID, "not a readable zip: "
                    + e.getMessage(), e);
        } finally {
            if (!done) {
                Trees.delete(target);
            }
        }
    }

    /** Where an entry goes; null for one skipped; a refusal for one that is unsafe. */
    private static Path place(Path target, ZipArchiveEntry e) {
        String name = e.getName();
        if (e.isUnixSymlink()) {
            throw refused(name, "symbolic links are not accepted");
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            throw refused(name, "absolute paths and backslashes are not accepted");
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw refused(name, "'..' would leave the upload's folder");
            }
        }
        if (name.startsWith("__MACOSX/") || name.isEmpty()) {
            return null;
        }
        Path out = target.resolve(name).normalize();
        if (!out.startsWith(target) || out.equals(target)) {
            throw refused(name, "it would leave the upload's folder");
        }
        return out;
    }

    private void copy(InputStream in, OutputStream out, long[] total, String name) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
            total[0] += n;
            if (total[0] > limits.maxUnpackedBytes()) {
                throw new DatasetStoreException(DatasetStoreException.Kind.TOO_LARGE, "the zip unpacks to more than "
                        + limits.maxUnpackedBytes() + " bytes (at entry " + name + ")");
            }
            out.write(buf, 0, n);
        }
    }

    private static DatasetStoreException refused(String name, String why) {
        return new DatasetStoreException(DatasetStoreException.Kind.INVALID, "zip entry '" + name + "' refused: "
                + why);
    }
}
