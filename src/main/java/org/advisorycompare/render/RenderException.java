package org.advisorycompare.render;

import org.advisorycompare.error.AdvisoryCompareException;

/** A template is missing or fails; the message names the template, the line and the problem. */
public class RenderException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
