package org.advisorycompare.config;

import org.advisorycompare.error.AdvisoryCompareException;

/** A setting has a value that cannot work; the message names the setting and an example. */
public class ConfigException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
