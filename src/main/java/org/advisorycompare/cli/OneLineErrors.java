package org.advisorycompare.cli;

import org.advisorycompare.error.AdvisoryCompareException;
import picocli.CommandLine;

/**
 * Prints a failure as one line on standard error: the reason, naming the file or option. Failures and
 * usage or configuration errors exit 1 ({@code collect} exits 2 when only some requests failed). An
 * unexpected exception still gets one line, with its type.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int FAILURE = 1;
    static final int USAGE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String reason = e instanceof AdvisoryCompareException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        cli.getErr().println("error: " + reason);
        return FAILURE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("error: " + e.getMessage() + " (see --help)");
        return USAGE;
    }
}
