package io.automl.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a request's {@code Host} header may carry: {@code localhost}, {@code 127.0.0.1}, {@code [::1]}, the
 * bind address, and the {@code publicHosts} the operator named. A page whose DNS name was rebound to this machine
 * sends its own name, so refusing unknown names keeps such pages away from the server. Names compare without
 * regard to case. The built-in names, the bind address and public hosts given without a port match whatever port
 * the header names (or none): a reverse proxy may forward from another port, and the name is what tells a rebound
 * page apart. A public host given with a port ({@code automl.example.com:8443}) matches only that port. Immutable.
 */
public record AllowedHosts(String bind, List<String> publicHosts) {
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");
    // a DNS name or IPv4 address, or an IPv6 literal in brackets; then an optional port
    private static final Pattern HOST = Pattern.compile("(\\[[0-9a-f:.]+\\]|[a-z0-9][a-z0-9.-]*)(?::([0-9]{1,5}))?");

    public AllowedHosts {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(publicHosts, "publicHosts");
        for (String name : publicHosts) {
            if (name == null || parse(name).isEmpty()) {
                throw new IllegalArgumentException("publicHosts: '" + name + "' is not a host name with an optional"
                        + " :PORT, such as automl.example.com or automl.example.com:7070");
            }
        }
        publicHosts = List.copyOf(publicHosts);
    }

    /** Whether {@code hostHeader} (the header's value, null when the request has none) names this server. */
    public boolean allows(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        Optional<Name> given = parse(hostHeader.trim());
        if (given.isEmpty()) {
            return false;
        }
        String name = given.get().name();
        if (LOOPBACK.contains(name) || name.equals(bracketed(bind.toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return publicHosts.stream().map(h -> parse(h).orElseThrow()).anyMatch(allowed -> allowed.name().equals(name)
                && (allowed.port().isEmpty() || allowed.port().equals(given.get().port())));
    }

    private static String bracketed(String address) {
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }

    private static Optional<Name> parse(String text) {
        Matcher m = HOST.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Name(m.group(1), Optional.ofNullable(m.group(2)).map(Integer::valueOf)));
    }

    private record Name(String name, Optional<Integer> port) {
    }
}
