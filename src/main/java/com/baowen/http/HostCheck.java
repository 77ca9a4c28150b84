package com.baowen.http;

import io.javalin.http.Context;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests addressed to a host name the server does not answer to, so that a web page
 * elsewhere cannot reach a key-less loopback server through DNS rebinding (its browser would send the
 * attacker's name as {@code Host}). When bound to a loopback address the names are {@code localhost},
 * {@code 127.0.0.1}, {@code [::1]} and those given in {@code BAOWEN_ALLOWED_HOSTS}; bound elsewhere,
 * the check is on only when names are given. Any port is accepted. Thread-safe.
 */
final class HostCheck {
    static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    /** The names accepted, lower case, or {@code null} for no check. */
    private final Set<String> allowed;

    private HostCheck(Set<String> allowed) {
        this.allowed = allowed;
    }

    /**
     * @param bindHost     the address the server binds
     * @param allowedHosts extra host names (without port) to accept; may be empty
     */
    static HostCheck of(String bindHost, List<String> allowedHosts) {
        if (!isLoopback(bindHost) && allowedHosts.isEmpty()) {
            return new HostCheck(null);
        }
        Set<String> names = new LinkedHashSet<>(isLoopback(bindHost) ? LOOPBACK_NAMES : List.of());
        allowedHosts.forEach(h -> names.add(name(h)));
        return new HostCheck(Set.copyOf(names));
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    void check(Context ctx) {
        if (allowed == null) {
            return;
        }
        String host = ctx.header("Host");
        // HTTP/1.0 requests may lack a Host; a browser always sends one, so rebinding cannot omit it
        if (host != null && !allowed.contains(name(host))) {
            throw new HttpError(403, "forbidden", "this server does not answer to host '" + QueryParams.shorten(host)
                    + "'; add the name to BAOWEN_ALLOWED_HOSTS to allow it");
        }
    }

    /** The host name of a {@code Host} header value, without port, lower case: {@code [::1]:7070} → {@code [::1]}. */
    static String name(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
            h = h.substring(0, colon);
        } else if (colon >= 0) {
            return "[" + h + "]"; // a bare IPv6 address
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
