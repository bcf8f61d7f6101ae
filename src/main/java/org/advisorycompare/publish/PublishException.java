package org.advisorycompare.publish;

import org.advisorycompare.error.AdvisoryCompareException;

/** The built site could not be written or swapped into place; the previous site is left as it was. */
public class PublishException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
