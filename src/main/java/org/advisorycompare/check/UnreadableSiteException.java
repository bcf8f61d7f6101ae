package org.advisorycompare.check;

import java.io.IOException;
import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.error.Problem;

/** A file or folder of the site being checked cannot be read. */
public class UnreadableSiteException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public UnreadableSiteException(String file, IOException cause) {
        super(new Problem(file, "cannot be read: " + cause.getMessage(), "pass --out the folder of a built site"), cause);
    }
}
