package com.baowen.http;

import io.javalin.http.Context;

import java.util.Locale;

/**
 * Without an API key, lets only this server's own page change documents: a browser request that says it
 * comes from another site ({@code Sec-Fetch-Site}) or another origin ({@code Origin}) is refused, so a web
 * page a person visits cannot post files to their loopback server. Clients that send neither header (curl,
 * scripts) are not browsers acting for another site and pass. Stateless and thread-safe.
 */
final class SameOriginCheck {
    private SameOriginCheck() {
    }

    static void check(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw refused("Sec-Fetch-Site: " + site);
        }
        String origin = ctx.header("Origin");
        if (origin != null) {
            String own = ctx.scheme() + "://" + ctx.host();
            if (!origin.toLowerCase(Locale.ROOT).equals(own.toLowerCase(Locale.ROOT))) {
                throw refused("Origin: " + origin);
            }
        }
    }

    private static HttpError refused(String header) {
        return new HttpError(403, "cross_origin", "documents can only be changed from this server's own page without an API key; "
                + "refused a request with " + header + " (set BAOWEN_API_KEY to allow other clients)");
    }
}
