package org.advisorycompare.collect;

import org.advisorycompare.error.AdvisoryCompareException;

/** The archive under content/collected cannot be read or written; the message names the file. */
public class ArchiveException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }

    public ArchiveException(String message) {
        super(message);
    }
}
