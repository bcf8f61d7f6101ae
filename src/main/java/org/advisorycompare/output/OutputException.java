package org.advisorycompare.output;

import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.error.Problem;

/** A file of the site cannot be made from the model (a feed or data file its library refuses to write). */
public class OutputException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public OutputException(String path, Throwable cause) {
        super(new Problem(path, "cannot be made: " + cause.getMessage(), "this is a bug: please report it with the "
                + "content that caused it; the previous site is unchanged"), cause);
    }
}
