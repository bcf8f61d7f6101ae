package org.advisorycompare.publish;

import java.nio.file.Path;

/** Another build is writing the same site; this one stops before reading or changing anything. */
public class SiteBusyException extends PublishException {
    private static final long serialVersionUID = 1L;

    public SiteBusyException(Path site, Path lock) {
        super("another build is writing the site in " + site + " (it holds " + lock + "); wait for it to finish and"
                + " run this build again. The lock goes with the process that holds it, so a stopped build never"
                + " leaves it behind", null);
    }
}
