package org.advisorycompare.collect;

import org.advisorycompare.error.AdvisoryCompareException;

/** A request failed for good (after retries); the message names the URL and what happened. */
public class FetchException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
