package org.advisorycompare.store;

import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.error.Problem;

/** The version files (content/advisories) cannot be read or written. */
public class VersionStoreException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public VersionStoreException(String file, String cause, String fix, Throwable error) {
        super(new Problem(file, cause, fix), error);
    }
}
