package com.baowen.ocr;

import com.baowen.BaowenException;

/** A scan that cannot be read (corrupt, too small, too large, an unsupported colour model…); the message says why. */
public final class UnreadableScanException extends BaowenException {
    public UnreadableScanException(String message) {
        super(message);
    }

    public UnreadableScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
