package org.advisorycompare.publish;

import org.advisorycompare.error.AdvisoryCompareException;

/** A sync to an object store failed; the message names the bucket or file and what to check. What was uploaded stays. */
public class SyncException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
