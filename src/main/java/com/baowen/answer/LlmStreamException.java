package com.baowen.answer;

import com.baowen.BaowenException;

/** The language model failed after part of its answer had been passed on, so no other answer can replace it. */
public final class LlmStreamException extends BaowenException {
    public LlmStreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
