package com.baowen;

/** The project's one unchecked root exception; its message names the bad value. */
public class BaowenException extends RuntimeException {
    public BaowenException(String message) {
        super(message);
    }

    public BaowenException(String message, Throwable cause) {
        super(message, cause);
    }
}
