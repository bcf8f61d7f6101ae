package org.advisorycompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.advisorycompare.config.BuildConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: validates a built site; exits 1 with a short report on any problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a built site: internal links and anchors, links leaving the base path, requests to other origins, "
                + "HTML validity (Nu HTML Checker), feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1), the sitemap, and files and feeds over their size budgets.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "site", description = "The built site (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", defaultValue = BuildConfig.DEFAULT_BASE_URL,
            description = "The URL the site was built for (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--cache", defaultValue = ".cache", description = "Where the pages found valid HTML are remembered, so that "
            + "only changed pages are validated again (default: ${DEFAULT-VALUE}).")
    Path cache;

    @picocli.CommandLine.Mixin
    BudgetOptions budgets;

    @Override
    public Integer call() {
        if (!Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is not a built site: run build first");
        }
        return CheckReport.print(spec.commandLine(), out, baseUrl, cache, budgets.budgets()) ? 0 : OneLineErrors.FAILURE;
    }
}
