package org.advisorycompare.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code build}: converts the collected documents and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Convert content/collected into content/advisories and build the site.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    SiteFolders folders;

    @picocli.CommandLine.Mixin
    SiteOptions site;

    @picocli.CommandLine.Mixin
    BudgetOptions budgets;

    @Option(names = "--base-url", defaultValue = BuildConfig.DEFAULT_BASE_URL,
            description = "Absolute URL the site is served from (default: ${DEFAULT-VALUE}).")
    String baseUrl;


    @Option(names = "--timings", description = "Also print how long each phase of the build took.")
    boolean timings;

    @Option(names = "--facts", paramLabel = "FILE",
            description = "Also write a TSV of every version: source, country, date, the level read and the sentence it was read from.")
    Path facts;

    @Option(names = "--check", description = "Also check the built site as the check command does; exit 1 on any problem.")
    boolean check;

    @Option(names = "--sizes", description = "Also print the site's size by page kind, per version and against GitHub Pages' 1 GB.")
    boolean sizes;

    @Override
    public Integer call() {
        BuildConfig config = folders.config(baseUrl, site.settings());
        var checkBudgets = budgets.budgets();
        Path out = folders.out;
        SiteBuild.Result result = new SiteBuild(config, new ProgressLine(spec.commandLine().getOut(),
                System.console() != null)).run();
        var err = spec.commandLine().getErr();
        result.errors().forEach(e -> err.println("error: " + e.message()));
        if (result.upToDate()) {
            spec.commandLine().getOut().printf("%s is up to date: nothing changed since the last build (%d files).%n", out,
                    result.filesPublished());
        } else {
            result.report().lines().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().printf("Built %s: %d countries, %d versions (%d version files written), %d files"
                + " (%d pages rendered, %d unchanged and reused); %d snapshots read and converted.%n", out,
                result.countries(), result.versions().size(), result.versionFilesWritten(), result.filesPublished(),
                result.pagesRendered(), result.pagesReused(), result.snapshotsConverted());
        }
        if (facts != null) { // the version files as this build left them (every version, converted now or before)
            int rows = org.advisorycompare.convert.FactsReport.write(new org.advisorycompare.store.VersionStore(
                    config.advisories(), org.advisorycompare.model.Countries.standard()), facts);
            spec.commandLine().getOut().printf("Facts of %d versions written to %s.%n", rows, facts);
        }
        if (sizes) {
            spec.commandLine().getOut().println("Site size by page kind:");
            var kinds = org.advisorycompare.build.SiteSizes.of(out);
            org.advisorycompare.build.SiteSizes.report(kinds).forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().println(org.advisorycompare.build.SiteSizes.tenYears(kinds,
                    org.advisorycompare.build.SiteSizes.countries(out), config.site().fullVersions(),
                    org.advisorycompare.build.SiteSizes.fullCountryFeeds(out, config.site().feedEntries())));
        }
        if (timings) {
            result.timings().forEach((phase, ms) -> spec.commandLine().getOut().printf("  %-16s %7d ms%n", phase, ms));
        }
        boolean sound = !check || CheckReport.print(spec.commandLine(), out, config.baseUrl(), config.cache(), checkBudgets);
        return result.errors().isEmpty() && sound ? 0 : OneLineErrors.FAILURE;
    }
}
