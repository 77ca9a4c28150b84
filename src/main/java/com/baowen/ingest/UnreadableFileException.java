package com.baowen.ingest;

import com.baowen.BaowenException;

/** A file whose content cannot be read into articles; the message is the reason shown for the skipped file. */
public sealed class UnreadableFileException extends BaowenException permits NoTextLayerException {
    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
