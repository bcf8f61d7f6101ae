package org.advisorycompare.error;

import java.util.Objects;

/**
 * One thing that went wrong, as a build or an import collects it while it goes on with the rest: the file
 * concerned (null when none is), what is wrong, and what to do about it (null when nothing but the cause
 * needs saying). Printed as one line, {@code <file>: <cause> (<fix>)}.
 */
public record Problem(String file, String cause, String fix) {
    public Problem {
        Objects.requireNonNull(cause, "cause");
    }

    /** A problem about no file in particular. */
    public static Problem of(String cause) {
        return new Problem(null, cause, null);
    }

    /** A problem with a file. */
    public static Problem in(String file, String cause) {
        return new Problem(file, cause, null);
    }

    /** The one line the user reads. */
    public String message() {
        return (file == null ? "" : file + ": ") + cause + (fix == null ? "" : " (" + fix + ")");
    }

    @Override
    public String toString() {
        return message();
    }
}
