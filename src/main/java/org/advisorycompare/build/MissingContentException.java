package org.advisorycompare.build;

import java.nio.file.Path;
import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.error.Problem;

/** The content folder a build was given does not exist: an empty site is never published in place of a real one. */
public class MissingContentException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public MissingContentException(Path content) {
        super(new Problem(content.toString(), "the content folder does not exist",
                "pass --content DIR, or import or collect documents into it first"), null);
    }
}
