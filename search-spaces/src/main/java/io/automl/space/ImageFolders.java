package io.automl.space;


/**
 * The image settings of an {@code images} data set: every image is resized (bilinear) to {@code height} x
 * {@code width} and converted to {@code channels} (1: gray, 3: RGB); {@code validation} and {@code test} are
 * optional folders of class subfolders (absolute paths once parsed with a base directory, null when absent) that
 * replace the split of the training folder into those parts. Immutable.
 */
public record ImageFolders(int height, int width, int channels, String validation, String test) {
    /** The largest height or width accepted. */
    public static final int MAX_SIDE = 4096;

    public ImageFolders {
        if (height < 1 || height > MAX_SIDE || width < 1 || width > MAX_SIDE) {
            throw new IllegalArgumentException("height and width must be in [1, " + MAX_SIDE + "]: " + height + "x"
                    + width);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (gray) or 3 (RGB): " + channels);
        }
    }

    /** Values per image: height x width x channels. */
    public int size() {
        return height * width * channels;
    }
}
