package com.baowen.http;

import com.baowen.config.Config;
import com.baowen.documents.UploadLimits;

import java.nio.file.Path;

/**
 * How the HTTP server listens; immutable.
 *
 * @param host       bind address, {@code 127.0.0.1} by default
 * @param port       TCP port, 0 for any free port
 * @param apiKey     when set, {@code /api/*} and {@code /v1/*} need {@code Authorization: Bearer <apiKey>}; else {@code null}
 * @param corsOrigin the one origin allowed by CORS, or {@code null} for CORS off
 * @param web        folder served at {@code /}, or {@code null} for none
 * @param uploads    how much {@code POST /api/documents} takes
 */
public record ServerOptions(String host, int port, String apiKey, String corsOrigin, Path web, UploadLimits uploads) {
    public ServerOptions {
        if (uploads == null) {
            uploads = UploadLimits.DEFAULTS;
        }
    }

    /** Options with the default upload limits. */
    public ServerOptions(String host, int port, String apiKey, String corsOrigin, Path web) {
        this(host, port, apiKey, corsOrigin, web, UploadLimits.DEFAULTS);
    }

    public static ServerOptions of(Config config, Path web) {
        return new ServerOptions(config.host(), config.port(), config.apiKey(), config.corsOrigin(), web);
    }

    public ServerOptions withApiKey(String key) {
        return new ServerOptions(host, port, key, corsOrigin, web, uploads);
    }

    public ServerOptions withUploads(UploadLimits limits) {
        return new ServerOptions(host, port, apiKey, corsOrigin, web, limits);
    }
}
