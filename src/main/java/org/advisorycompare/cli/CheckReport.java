package org.advisorycompare.cli;

import java.nio.file.Path;
import java.util.List;
import org.advisorycompare.check.SiteCheck;
import org.advisorycompare.error.Problem;
import picocli.CommandLine;

/** The short report of a site check, for {@code check} and {@code build --check}: at most 50 problems, then a count. */
final class CheckReport {
    private static final int SHOWN = 50;

    private CheckReport() {
    }

    /**
     * Checks the site in {@code out} built for {@code baseUrl}, prints the report; true when it has no problem.
     * {@code cache}: where the pages found valid HTML are remembered (null: nowhere); {@code budgets}: the size budgets.
     */
    static boolean print(CommandLine cli, Path out, String baseUrl, Path cache, org.advisorycompare.config.CheckBudgets budgets) {
        List<Problem> problems = SiteCheck.of(out, baseUrl, cache, budgets);
        problems.stream().limit(SHOWN).forEach(p -> cli.getErr().println("problem: " + p.message()));
        if (problems.size() > SHOWN) {
            cli.getErr().println("... and " + (problems.size() - SHOWN) + " more");
        }
        cli.getOut().printf("Checked %s: %s.%n", out, problems.isEmpty() ? "no problems" : problems.size() + " problems");
        return problems.isEmpty();
    }
}
