package org.advisorycompare.publish;

import java.nio.file.Path;
import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.error.Problem;

/** The output folder is something other than a site this tool built: it is left exactly as it is. */
public class NotASiteException extends AdvisoryCompareException {
    private static final long serialVersionUID = 1L;

    public NotASiteException(Path out, String what) {
        super(new Problem(out.toString(), what + "; it is replaced whole by every build, so it is left untouched",
                "pass --out a new or empty folder, or the folder of an earlier build"), null);
    }
}
