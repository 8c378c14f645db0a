package io.automl.eval.datasets;

import io.automl.space.images.ClassFolders;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Small previews of an images data set: the first {@code perClass} images of each class, scaled (bilinear) to fit
 * {@code side} x {@code side} pixels and encoded as {@code data:image/png;base64,...} URLs for a page. An image that
 * cannot be decoded is left out. Other types of data set have none. Stateless and thread-safe.
 */
public final class Thumbnails {
    private final int perClass;
    private final int side;

    public Thumbnails(int perClass, int side) {
        if (perClass < 1 || side < 1) {
            throw new IllegalArgumentException("perClass and side must be >= 1: " + perClass + ", " + side);
        }
        this.perClass = perClass;
        this.side = side;
    }

    /** Class name to data URLs, in class order; empty unless {@code d} is an images data set. */
    public Map<String, List<String>> of(NamedDataset d) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!d.type().equals("images")) {
            return out;
        }
        ClassFolders folders = ClassFolders.scan(Path.of(d.path()));
        folders.classes().forEach((name, files) -> {
            List<String> urls = new ArrayList<>();
            for (Path f : files.subList(0, Math.min(perClass, files.size()))) {
                try {
                    BufferedImage img = ImageIO.read(Files.newInputStream(f));
                    if (img != null) {
                        urls.add("data:image/png;base64," + Base64.getEncoder().encodeToString(png(scaled(img))));
                    }
                } catch (IOException | RuntimeException e) {
                    // a preview without this image; loading the data set reports it with its path
                }
            }
            out.put(name, urls);
        });
        return out;
    }

    private BufferedImage scaled(BufferedImage img) {
        double f = Math.min(1.0, side / (double) Math.max(img.getWidth(), img.getHeight()));
        int w = Math.max(1, (int) Math.round(img.getWidth() * f));
        int h = Math.max(1, (int) Math.round(img.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }
}
