package com.baowen.ingest;

import com.baowen.BaowenException;

/** A file whose content cannot be read into articles; the message is the reason shown for the skipped file. */
public final class UnreadableFileException extends BaowenException {
    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
