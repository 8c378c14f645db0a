package io.automl.eval.datasets;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.space.StudyName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The named data sets of one data folder, stored below {@code root} ({@code DATA/datasets}): each upload is
 * streamed to {@code incoming/} (never held in memory) while its SHA-256 and size are counted, refused beyond
 * {@link DatasetLimits#maxUploadBytes()}, recognised ({@link DatasetContent}) and kept once per content in
 * {@code content/<sha256>/}; {@code names/<name>.json} maps a name to it. A failed upload leaves nothing behind.
 * Names follow the rules of study names. Thread-safe within one process (methods are synchronized); several
 * processes sharing a data folder may add different names at once, but not the same one.
 */
public final class DatasetRegistry implements io.automl.space.DatasetRefs {
    private final Path root;
    private final DatasetLimits limits;
    private final ObjectMapper json;
    private final Clock clock;
    private final DatasetContent content;

    public DatasetRegistry(Path root, DatasetLimits limits, ObjectMapper json, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
        this.json = java.util.Objects.requireNonNull(json, "json");
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.content = new DatasetContent(new SafeUnzip(limits));
    }

    /** The folder holding everything. */
    public Path root() {
        return root;
    }

    public DatasetLimits limits() {
        return limits;
    }

    /**
     * Stores the bytes of {@code in} (a CSV, a zip of class folders, or a zip of an IDX pair) under {@code name}.
     *
     * @throws DatasetStoreException INVALID (bad name, not a data set, unsafe zip entry), TOO_LARGE, CONFLICT (the
     *         name exists)
     */
    public synchronized NamedDataset add(String name, InputStream in) {
        StudyName.problem(name).ifPresent(p -> {
            throw new DatasetStoreException(DatasetStoreException.Kind.INVALID, "name " + p);
        });
        if (Files.exists(nameFile(name))) {
            throw new DatasetStoreException(DatasetStoreException.Kind.CONFLICT, "a data set named '" + name
                    + "' exists; remove it first");
        }
        Path incoming = root.resolve("incoming");
        Path upload = incoming.resolve(UUID.randomUUID() + ".upload");
        Path unpacked = incoming.resolve(UUID.randomUUID() + ".d");
        try {
            Files.createDirectories(incoming);
            long[] size = {0};
            String sha = receive(in, upload, size);
            Path stored = root.resolve("content").resolve(sha);
            DatasetContent.Found found;
            if (Files.isDirectory(stored)) {
                found = content.describe(stored);
            } else {
                content.place(upload, unpacked);
                found = content.describe(unpacked);
                Files.createDirectories(stored.getParent());
                move(unpacked, stored);
                found = content.describe(stored);
            }
            NamedDataset d = new NamedDataset(name, found.type(), sha, size[0], clock.instant().toString(),
                    found.path().toString(), found.labels() == null ? null : found.labels().toString(), found.rows(),
                    found.columns(), found.perClass(), found.head());
            Files.createDirectories(root.resolve("names"));
            Path tmp = incoming.resolve(UUID.randomUUID() + ".json");
            json.writeValue(tmp.toFile(), d);
            move(tmp, nameFile(name));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store data set '" + name + "': " + e.getMessage(), e);
        } finally {
            Trees.delete(upload);
            Trees.delete(unpacked);
        }
    }

    private String receive(InputStream in, Path upload, long[] size) throws IOException {
        MessageDigest md = sha256();
        try (OutputStream out = Files.newOutputStream(upload)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                size[0] += n;
                if (size[0] > limits.maxUploadBytes()) {
                    throw new DatasetStoreException(DatasetStoreException.Kind.TOO_LARGE, "the upload is larger than"
                            + " the limit of " + limits.maxUploadBytes() + " bytes");
                }
                md.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        if (size[0] == 0) {
            throw new DatasetStoreException(DatasetStoreException.Kind.INVALID, "the upload is empty");
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Every named data set, by name. */
    public synchronized List<NamedDataset> list() {
        Path names = root.resolve("names");
        if (!Files.isDirectory(names)) {
            return List.of();
        }
        List<NamedDataset> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(names)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(json.readValue(f.toFile(), NamedDataset.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list data sets: " + e.getMessage(), e);
        }
        return out;
    }

    /** The data set named {@code name}. */
    public synchronized Optional<NamedDataset> get(String name) {
        if (StudyName.problem(name).isPresent() || !Files.isRegularFile(nameFile(name))) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(nameFile(name).toFile(), NamedDataset.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data set '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Removes the name, and its content when no other name refers to it.
     *
     * @throws DatasetStoreException NOT_FOUND
     */
    public synchronized NamedDataset remove(String name) {
        NamedDataset d = get(name).orElseThrow(() -> new DatasetStoreException(DatasetStoreException.Kind.NOT_FOUND,
                "no data set named '" + name + "'"));
        try {
            Files.delete(nameFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove data set '" + name + "': " + e.getMessage(), e);
        }
        if (list().stream().noneMatch(o -> o.sha256().equals(d.sha256()))) {
            Trees.delete(root.resolve("content").resolve(d.sha256()));
        }
        return d;
    }

    /** The data set {@code name} as a space's {@code ref} sees it. */
    @Override
    public Optional<Ref> find(String name) {
        return get(name).map(d -> new Ref(d.name(), d.type(), d.path(), d.labels(), d.sha256()));
    }

    private Path nameFile(String name) {
        return root.resolve("names").resolve(name + ".json");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
