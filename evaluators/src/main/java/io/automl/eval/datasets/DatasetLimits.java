package io.automl.eval.datasets;

/**
 * Limits on an upload: its size as sent ({@code maxUploadBytes}, default 512 MB), and for a zip the number of
 * entries ({@code maxEntries}, default 200,000) and the bytes they unpack to ({@code maxUnpackedBytes}, default
 * 4 GB). Immutable.
 */
public record DatasetLimits(long maxUploadBytes, int maxEntries, long maxUnpackedBytes) {
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    public DatasetLimits {
        if (maxUploadBytes < 1 || maxEntries < 1 || maxUnpackedBytes < 1) {
            throw new IllegalArgumentException("limits must be >= 1: " + maxUploadBytes + ", " + maxEntries + ", "
                    + maxUnpackedBytes);
        }
    }

    /** The defaults. */
    public static DatasetLimits defaults() {
        return new DatasetLimits(DEFAULT_MAX_UPLOAD_BYTES, 200_000, 4L * 1024 * 1024 * 1024);
    }

    /** These limits with another upload size. */
    public DatasetLimits withMaxUploadBytes(long bytes) {
        return new DatasetLimits(bytes, maxEntries, maxUnpackedBytes);
    }
}
