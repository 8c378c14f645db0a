package io.automl.engine.sampler.qmc;

/**
 * Sobol direction numbers from the Joe–Kuo table {@code new-joe-kuo-6.21201} for the first
 * {@link #DIMENSIONS} dimensions, as 32-bit integers. Dimension 0 is the van der Corput sequence.
 * Stateless and thread-safe.
 */
final class JoeKuo {
    /** Dimensions with direction numbers. */
    static final int DIMENSIONS = 40;
    /** Bits per coordinate. */
    static final int BITS = 32;

    /** Rows "s a m_1 .. m_s" for dimensions 2..40 of the published table (dimension 1 is implicit). */
    private static final String TABLE = "1 0 1|2 1 1 3|3 1 1 3 1|3 2 1 1 1|4 1 1 1 3 3|4 4 1 3 5 13|"
            + "5 2 1 1 5 5 17|5 4 1 1 5 5 5|5 7 1 1 7 11 19|5 11 1 1 5 1 1|5 13 1 1 1 3 11|5 14 1 3 5 5 31|"
            + "6 1 1 3 3 9 7 49|6 13 1 1 1 15 21 21|6 16 1 3 1 13 27 49|6 19 1 1 1 15 7 5|6 22 1 3 1 15 13 25|"
            + "6 25 1 1 5 5 19 61|7 1 1 3 7 11 23 15 103|7 4 1 3 7 13 13 15 69|7 7 1 1 3 13 7 35 63|"
            + "7 8 1 3 5 9 1 25 53|7 14 1 3 1 13 9 35 107|7 19 1 3 1 5 27 61 31|7 21 1 1 5 11 19 41 61|"
            + "7 28 1 3 5 3 3 13 69|7 31 1 1 7 13 1 19 1|7 32 1 3 7 5 13 19 59|7 37 1 1 3 9 25 29 41|"
            + "7 41 1 3 5 13 23 1 55|7 42 1 3 7 3 13 59 17|7 50 1 3 1 3 5 53 69|7 55 1 1 5 5 23 33 13|"
            + "7 56 1 1 7 7 1 61 123|7 59 1 1 7 9 13 61 49|7 62 1 3 3 5 3 55 33|8 14 1 3 1 15 31 13 49 245|"
            + "8 21 1 3 5 15 31 59 63 97|8 22 1 3 1 11 11 11 77 249";

    private JoeKuo() {
    }

    /**
     * The direction numbers {@code v[d][k]} (bit {@code 31 - k} is the leading bit) for the first
     * {@code count} dimensions, {@code count <= DIMENSIONS}.
     */
    static int[][] directions(int count) {
        if (count < 0 || count > DIMENSIONS) {
            throw new IllegalArgumentException("count must be in [0, " + DIMENSIONS + "]: " + count);
        }
        int[][] v = new int[count][BITS];
        String[] rows = TABLE.split("\\|");
        for (int d = 0; d < count; d++) {
            if (d == 0) {
                for (int k = 0; k < BITS; k++) {
                    v[0][k] = 1 << (BITS - 1 - k);
                }
                continue;
            }
            String[] cells = rows[d - 1].trim().split(" ");
            int s = Integer.parseInt(cells[0]);
            int a = Integer.parseInt(cells[1]);
            for (int k = 0; k < s && k < BITS; k++) {
                v[d][k] = Integer.parseInt(cells[2 + k]) << (BITS - 1 - k);
            }
            for (int k = s; k < BITS; k++) {
                int value = v[d][k - s] ^ (v[d][k - s] >>> s);
                for (int j = 1; j < s; j++) {
                    value ^= ((a >>> (s - 1 - j)) & 1) * v[d][k - j];
                }
                v[d][k] = value;
            }
        }
        return v;
    }
}
