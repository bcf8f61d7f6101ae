package org.advisorycompare.read;

import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.error.Problem;

/** A document cannot be read or converted; the message names the file and the problem. */
public class UnreadableDocumentException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String file, String problem) {
        super(Problem.in(file, problem), null);
    }
}
