package org.advisorycompare.serve;

import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.error.Problem;

/** The preview cannot listen where it was asked to: the port is taken or not a port, or the address is not this machine's. */
public class CannotListenException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public CannotListenException(String bind, int port, String why, Throwable cause) {
        super(new Problem(null, "cannot listen on " + bind + ":" + port + ": " + why,
                "is another preview running? pass --port, or --bind an address of this machine"), cause);
    }
}
