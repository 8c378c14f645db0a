package io.automl.web.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Checks the {@code Authorization: Bearer <token>} header of API requests: mutating requests always need
 * it; when {@code everyRequest} is set (always for the worker API; for the rest unless the operator opened reads)
 * reads (GET and HEAD) need it too. The
 * comparison takes the same time whatever the supplied token. Immutable and thread-safe.
 */
public final class Auth {
    private final byte[] token;
    private final boolean everyRequest;

    public Auth(String token, boolean everyRequest) {
        this.token = Objects.requireNonNull(token, "token").getBytes(StandardCharsets.UTF_8);
        this.everyRequest = everyRequest;
    }

    /** Throws a 401 {@link ApiException} when {@code ctx} needs the token and lacks it. */
    public void check(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.OPTIONS || method == HandlerType.HEAD && !everyRequest) {
            return;
        }
        boolean mutating = method != HandlerType.GET && method != HandlerType.HEAD;
        if (!mutating && !everyRequest) {
            return;
        }
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        byte[] given = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                ? header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, given)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"automl\"");
            throw new ApiException(401, header == null
                    ? "this request needs the header 'Authorization: Bearer <token>' (the token the server printed"
                            + " at start-up, also in DATA/token)"
                    : "the bearer token is not valid");
        }
    }
}
