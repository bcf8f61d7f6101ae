package org.advisorycompare.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.advisorycompare.collect.CanadaOpenDataAdapter;
import org.advisorycompare.collect.CollectConfig;
import org.advisorycompare.collect.CollectResult;
import org.advisorycompare.collect.Collector;
import org.advisorycompare.collect.Fetcher;
import org.advisorycompare.collect.SourceAdapter;
import org.advisorycompare.collect.StateFeedAdapter;
import org.advisorycompare.collect.UkContentApiAdapter;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collect}: fetches the official sources and records new versions in the archive. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Fetch the official sources (UK GOV.UK Content API, US State Department feed, Global Affairs Canada open data) and record new versions.")
final class CollectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "SOURCE", split = ",", description = "us, uk or ca; repeatable or comma-separated (default: all three).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--country", paramLabel = "ISO2", split = ",", description = "Only these countries; repeatable or comma-separated (default: all).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--dry-run", description = "Fetch and compare, but write nothing.")
    boolean dryRun;

    @Option(names = "--endpoint", paramLabel = "SOURCE=ORIGIN",
            description = "Replace the scheme and host of a source's official URLs, keeping their paths; repeatable.")
    Map<String, String> endpoints = new LinkedHashMap<>();

    @Option(names = "--contact", defaultValue = CollectConfig.DEFAULT_CONTACT,
            description = "Contact URL sent in the User-Agent (default: ${DEFAULT-VALUE}).")
    String contact;

    @Override
    public Integer call() {
        List<SourceAdapter> adapters = adapters();
        Set<String> wanted = wantedCountries();
        checkEndpoints();
        CollectConfig defaults = CollectConfig.defaults();
        CollectConfig config = new CollectConfig(contact, defaults.connectTimeout(), defaults.requestTimeout(),
                defaults.maxBodyBytes(), defaults.maxAttempts(), defaults.perHost(), defaults.pause(), defaults.firstBackoff(),
                endpoints);
        PrintWriter out = spec.commandLine().getOut();
        boolean terminal = System.console() != null;
        Countries table = Countries.standard();
        Collector collector = new Collector(content, Readers.standard(table), table, new Fetcher(config), Clock.systemUTC(),
                dryRun, new ProgressPrinter(out, terminal));
        CollectResult result = collector.run(adapters, endpoints, wanted);
        result.failures().forEach(f -> spec.commandLine().getErr().println("failed: " + f));
        result.quarantined().forEach(q -> spec.commandLine().getErr().println("set aside: " + q));
        out.printf("Collected%s: %d new, %d unchanged, %d failed, %d set aside.%n", dryRun ? " (dry run, nothing written)" : "",
                result.recorded().size(), result.unchanged(), result.failures().size(), result.quarantined().size());
        out.flush();
        return result.exitCode();
    }

    private List<SourceAdapter> adapters() {
        List<SourceAdapter> all = List.of(new UkContentApiAdapter(), new StateFeedAdapter(), new CanadaOpenDataAdapter());
        if (sources.isEmpty()) {
            return all;
        }
        List<SourceAdapter> chosen = new ArrayList<>();
        for (String key : sources) {
            Source source;
            try {
                source = Source.fromKey(key);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--source: " + e.getMessage());
            }
            all.stream().filter(a -> a.source() == source && !chosen.contains(a)).forEach(chosen::add);
        }
        return chosen;
    }

    private Set<String> wantedCountries() {
        Set<String> wanted = new TreeSet<>();
        for (String iso : countries) {
            wanted.add(Countries.standard().byIso(iso).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--country " + iso + " is not an ISO 3166-1 alpha-2 code we know")).iso2());
        }
        return wanted;
    }

    private void checkEndpoints() {
        for (Map.Entry<String, String> e : endpoints.entrySet()) {
            try {
                Source.fromKey(e.getKey());
                URI origin = URI.create(e.getValue());
                if (origin.getScheme() == null || origin.getHost() == null) {
                    throw new IllegalArgumentException("not an origin");
                }
            } catch (IllegalArgumentException ex) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--endpoint " + e.getKey() + "=" + e.getValue()
                        + ": expected SOURCE=ORIGIN such as uk=http://127.0.0.1:8000");
            }
        }
    }
}
