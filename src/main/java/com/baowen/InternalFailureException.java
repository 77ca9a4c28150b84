package com.baowen;

/**
 * Baowen's own fault (a broken index, a failing model, a bug found by a check): never the caller's. The
 * HTTP layer answers it, like any exception that is not an {@link InvalidInputException}, with a 500 and
 * an id that is logged with the stack trace.
 */
public class InternalFailureException extends BaowenException {
    public InternalFailureException(String message) {
        super(message);
    }

    public InternalFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
