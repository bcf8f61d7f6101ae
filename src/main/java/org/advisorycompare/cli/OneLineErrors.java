package org.advisorycompare.cli;

import org.advisorycompare.error.AdvisoryCompareException;
import picocli.CommandLine;

/**
 * Prints a failure as one line on standard error: the reason, naming the file or option. Failures and
 * usage or configuration errors exit 1 ({@code collect} exits 2 when only some requests failed). Every
 * failure a user can cause has its own exception type and message ({@code UserFacingErrorsTest}); anything
 * else is a bug, and says so on its one line, with its type for the report.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int FAILURE = 1;
    static final int USAGE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String reason = e instanceof AdvisoryCompareException known ? known.problem().message()
                : "an unexpected failure, which is a bug of advisory-compare: please report it with the command you ran ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        cli.getErr().println("error: " + reason);
        return FAILURE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("error: " + e.getMessage() + " (see --help)");
        return USAGE;
    }
}
