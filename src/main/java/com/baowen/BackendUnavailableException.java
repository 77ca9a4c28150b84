package com.baowen;

/**
 * The search backend cannot answer now (e.g. every replica of a SolrCloud shard is down): not the
 * caller's mistake and not a bug in Baowen; the HTTP layer answers 503 with this message.
 */
public class BackendUnavailableException extends BaowenException {
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
