package org.advisorycompare.convert;

import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.error.Problem;

/** The facts report ({@code build --facts FILE}) cannot be written. */
public class FactsReportException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public FactsReportException(String file, Throwable cause) {
        super(new Problem(file, "cannot write the facts report: " + cause.getMessage(), "pass --facts a writable file"),
                cause);
    }
}
