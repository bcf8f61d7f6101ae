package org.advisorycompare.error;

/**
 * Base of every failure the tool reports to its user. Each subclass is one cause; its message names
 * the file or URL concerned and, where there is one, the fix. The CLI prints it as one line.
 */
public class AdvisoryCompareException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AdvisoryCompareException(String message) {
        super(message);
    }

    public AdvisoryCompareException(String message, Throwable cause) {
        super(message, cause);
    }
}
