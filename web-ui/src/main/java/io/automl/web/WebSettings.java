package io.automl.web;

import io.automl.space.policy.Policy;
import io.automl.web.api.AllowedHosts;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the web server runs: the address and port it binds ({@code port} 0 picks a free one), the bearer
 * token every API request but {@code /api/health} needs, whether submitted spaces may use the command evaluator,
 * the directories submitted data set paths must lie in, the examples directory (relative data set paths of
 * submitted spaces resolve against it), the largest request body accepted, whether reads (GET and HEAD outside
 * the worker API) go through without the token ({@code openReads}, only on a loopback bind), and the names besides
 * localhost, 127.0.0.1, [::1] and the bind address that requests may carry in their {@code Host} header
 * ({@code publicHosts}, see {@link AllowedHosts}). {@link #policy()} is what the server applies to every
 * space it parses, resumes or runs. Immutable.
 */
public record WebSettings(String bind, int port, String token, boolean allowCommands, List<Path> allowedDirs,
        Path examplesDir, long maxBodyBytes, boolean openReads, List<String> publicHosts) {
    /** The default request body limit: 1 MB. */
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    public WebSettings {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535: " + port);
        }
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        allowedDirs = allowedDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        examplesDir = examplesDir.toAbsolutePath().normalize();
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 1: " + maxBodyBytes);
        }
        if (openReads && !isLoopback(bind)) {
            throw new IllegalArgumentException("openReads needs a loopback bind address, not bind '" + bind + "'");
        }
        publicHosts = new AllowedHosts(bind, publicHosts).publicHosts();
    }

    /** Settings with the token required for reads and no public host names. */
    public WebSettings(String bind, int port, String token, boolean allowCommands, List<Path> allowedDirs,
            Path examplesDir, long maxBodyBytes) {
        this(bind, port, token, allowCommands, allowedDirs, examplesDir, maxBodyBytes, false, List.of());
    }

    /** The server's policy: commands only when allowed, data only below {@code allowedDirs}. */
    public Policy policy() {
        return Policy.server(allowCommands, allowedDirs);
    }

    /** Whether {@code bind} is an address that only accepts connections from this machine. */
    public static boolean isLoopback(String bind) {
        return bind.equals("localhost") || bind.startsWith("127.") || bind.equals("::1") || bind.equals("[::1]");
    }

    /** The names requests may carry in their {@code Host} header. */
    public AllowedHosts allowedHosts() {
        return new AllowedHosts(bind, publicHosts);
    }
}
