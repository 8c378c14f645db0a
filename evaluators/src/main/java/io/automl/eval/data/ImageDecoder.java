package io.automl.eval.data;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes one image with the JDK's ImageIO (PNG, JPEG, BMP, GIF; the first frame of an animated GIF) and turns
 * it into the values a network reads: resized with bilinear interpolation (pixel centres aligned, edges clamped) to
 * {@code height} x {@code width}, converted to 1 channel (gray: the stored gray level, or 0.299 R + 0.587 G +
 * 0.114 B) or 3 (R, G, B; a gray image repeats its level), values 0 to 255, laid out channel-major (all of the
 * first channel row by row, then the next), as DL4J's flat convolutional input expects. Alpha is ignored.
 * Stateless and thread-safe (uses no ImageIO disk cache).
 */
public final class ImageDecoder {
    /** The pixel size and level range of an image as stored, such as {@code 28x28 gray}. */
    public record Decoded(double[] values, int sourceWidth, int sourceHeight, boolean sourceGray) {
        /** The stored size and colour, such as {@code 28x28 gray} or {@code 32x32 rgb}. */
        public String describe() {
            return sourceWidth + "x" + sourceHeight + (sourceGray ? " gray" : " rgb");
        }
    }

    /** Feature names of images of this shape: {@code px_<row>_<col>} for gray, {@code <r|g|b>_<row>_<col>} else. */
    public static List<String> featureNames(int height, int width, int channels) {
        List<String> names = new java.util.ArrayList<>(height * width * channels);
        for (int c = 0; c < channels; c++) {
            String prefix = channels == 1 ? "px" : String.valueOf("rgb".charAt(c));
            for (int r = 0; r < height; r++) {
                for (int x = 0; x < width; x++) {
                    names.add(prefix + "_" + r + "_" + x);
                }
            }
        }
        return names;
    }

    /**
     * Decodes {@code bytes}, the content of an image file.
     *
     * @throws IOException when the bytes are no image ImageIO can read
     */
    public Decoded decode(byte[] bytes, int height, int width, int channels) throws IOException {
        BufferedImage img;
        ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
        try {
            img = ImageIO.read(in); // closes the stream
        } catch (RuntimeException e) { // some readers throw unchecked exceptions on corrupt data
            throw new IOException("corrupt image data (" + e + ")", e);
        }
        if (img == null) {
            throw new IOException("not a PNG, JPEG, BMP or GIF image");
        }
        int w = img.getWidth();
        int h = img.getHeight();
        boolean gray = img.getColorModel().getColorSpace().getNumComponents() == 1;
        float[][] planes = planes(img, w, h, gray, channels);
        double[] out = new double[height * width * channels];
        for (int c = 0; c < channels; c++) {
            resize(planes[c], w, h, out, c * height * width, width, height);
        }
        return new Decoded(out, w, h, gray);
    }

    /** The source image as {@code channels} planes of w x h levels in [0, 255]. */
    private static float[][] planes(BufferedImage img, int w, int h, boolean gray, int channels) {
        float[][] planes = new float[channels][w * h];
        if (gray) {
            Raster r = img.getRaster();
            int bits = img.getColorModel().getComponentSize(0);
            float scale = 255f / ((1 << bits) - 1);
            int[] samples = r.getSamples(0, 0, w, h, 0, (int[]) null);
            for (int i = 0; i < samples.length; i++) {
                float v = samples[i] * scale;
                for (int c = 0; c < channels; c++) {
                    planes[c][i] = v;
                }
            }
            return planes;
        }
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) {
            int red = (argb[i] >> 16) & 0xff;
            int green = (argb[i] >> 8) & 0xff;
            int blue = argb[i] & 0xff;
            if (channels == 1) {
                planes[0][i] = 0.299f * red + 0.587f * green + 0.114f * blue;
            } else {
                planes[0][i] = red;
                planes[1][i] = green;
                planes[2][i] = blue;
            }
        }
        return planes;
    }

    /** Bilinear resize of one plane into {@code out} at {@code offset}. */
    static void resize(float[] src, int sw, int sh, double[] out, int offset, int dw, int dh) {
        if (sw == dw && sh == dh) {
            for (int i = 0; i < src.length; i++) {
                out[offset + i] = src[i];
            }
            return;
        }
        double sy = sh / (double) dh;
        double sx = sw / (double) dw;
        for (int y = 0; y < dh; y++) {
            double fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), sh - 1);
            int y0 = (int) fy;
            int y1 = Math.min(y0 + 1, sh - 1);
            double wy = fy - y0;
            for (int x = 0; x < dw; x++) {
                double fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), sw - 1);
                int x0 = (int) fx;
                int x1 = Math.min(x0 + 1, sw - 1);
                double wx = fx - x0;
                double top = src[y0 * sw + x0] * (1 - wx) + src[y0 * sw + x1] * wx;
                double bottom = src[y1 * sw + x0] * (1 - wx) + src[y1 * sw + x1] * wx;
                out[offset + y * dw + x] = top * (1 - wy) + bottom * wy;
            }
        }
    }
}
