package org.advisorycompare.cli;

import org.advisorycompare.config.CheckBudgets;
import picocli.CommandLine.Option;

/** The size budgets of a site check, as options shared by {@code check} and {@code build} (see {@link CheckBudgets}). */
final class BudgetOptions {
    @Option(names = "--file-budget-kb", paramLabel = "KB", defaultValue = "" + CheckBudgets.DEFAULT_FILE_KB,
            description = "The check's budget for any one file, in KB (default: ${DEFAULT-VALUE}).")
    long fileKb;

    @Option(names = "--feed-budget-kb", paramLabel = "KB", defaultValue = "" + CheckBudgets.DEFAULT_FEED_KB,
            description = "The check's budget for one feed file (RSS, Atom or JSON Feed), in KB (default: ${DEFAULT-VALUE}).")
    long feedKb;

    CheckBudgets budgets() {
        return new CheckBudgets(fileKb, feedKb);
    }
}
