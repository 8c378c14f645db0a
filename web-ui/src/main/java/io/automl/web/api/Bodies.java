package io.automl.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies with a size limit that holds for chunked requests too (the declared length is
 * checked first, then the bytes actually read). Stateless and thread-safe.
 */
final class Bodies {
    private final long limit;

    Bodies(long limit) {
        this.limit = limit;
    }

    /** The body as UTF-8 text; 413 when larger than the limit, 400 when empty. */
    String text(Context ctx) {
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        if (bytes.length > limit) {
            throw tooLarge();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw ApiException.badRequest("the request body is empty: send a search space as JSON or YAML");
        }
        return text;
    }

    private ApiException tooLarge() {
        return new ApiException(413, "the request body is larger than " + limit + " bytes");
    }
}
