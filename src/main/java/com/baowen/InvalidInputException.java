package com.baowen;

/**
 * The caller's mistake: a question, id, parameter or file that Baowen cannot take as it is. Its message
 * names the bad value; the HTTP layer answers it with a 4xx, the command line prints it.
 */
public class InvalidInputException extends BaowenException {
    public InvalidInputException(String message) {
        super(message);
    }
}
