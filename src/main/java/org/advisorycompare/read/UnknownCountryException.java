package org.advisorycompare.read;

import org.advisorycompare.error.AdvisoryCompareException;

/** A document names no country we can identify, or one that contradicts --country. */
public class UnknownCountryException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public UnknownCountryException(String message) {
        super(message);
    }
}
