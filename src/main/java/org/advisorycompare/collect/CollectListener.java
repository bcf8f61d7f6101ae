package org.advisorycompare.collect;

/**
 * What a collect run tells its user: messages (a new version, a response set aside) and, per source,
 * its progress. Listeners that only print lines get each source's final progress as a line.
 */
@FunctionalInterface
public interface CollectListener {
    void message(String line);

    /** Progress of one source; by default only the final state is shown, as a message. */
    default void progress(Progress progress) {
        if (progress.finished()) {
            message(progress.line());
        }
    }

    /**
     * One source's progress: responses fetched out of those asked for, and what the documents read
     * from them came to so far.
     */
    record Progress(String source, int fetched, int total, int recorded, int unchanged, int failed, int setAside,
            boolean finished) {
        public String line() {
            return source + ": " + fetched + "/" + total + " fetched, " + recorded + " new, " + unchanged + " unchanged, "
                    + failed + " failed, " + setAside + " set aside";
        }
    }
}
