package org.advisorycompare.error;

/**
 * Base of every failure the tool reports to its user. Each subclass is one cause; its {@link Problem}
 * names the file or URL concerned and, where there is one, the fix. The CLI prints it as one line, and a
 * build that goes on with the rest collects the problem.
 */
public abstract class AdvisoryCompareException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Problem problem;

    protected AdvisoryCompareException(Problem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    protected AdvisoryCompareException(String message) {
        this(Problem.of(message), null);
    }

    protected AdvisoryCompareException(String message, Throwable cause) {
        this(Problem.of(message), cause);
    }

    /** What went wrong, where, and the fix: what a build collects when it goes on without the file. */
    public Problem problem() {
        return problem;
    }
}
