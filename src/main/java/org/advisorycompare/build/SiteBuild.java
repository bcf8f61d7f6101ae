package org.advisorycompare.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.convert.ConversionReport;
import org.advisorycompare.data.OpenDataOutput;
import org.advisorycompare.feed.FeedOutput;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Progress;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Destination;
import org.advisorycompare.history.ChangeKind;
import org.advisorycompare.model.Source;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.model.Keeping;
import org.advisorycompare.publish.Publisher;
import org.advisorycompare.publish.SiteLock;
import org.advisorycompare.render.AssetOutput;
import org.advisorycompare.output.ProjectDocsOutput;
import org.advisorycompare.render.ChangeListPages;
import org.advisorycompare.render.CountryPages;
import org.advisorycompare.render.SitePages;
import org.advisorycompare.render.VersionPages;
import org.advisorycompare.render.Templates;
import org.advisorycompare.output.Output;
import org.advisorycompare.incremental.PageCache;
import org.advisorycompare.site.SiteModel;
import org.advisorycompare.output.Sitemap;
import org.advisorycompare.error.Problem;

/**
 * The whole pipeline: convert the archive into versions, load every version, model the site, render
 * every output, publish. Documents that cannot be converted are collected as errors; the site is
 * still built from the rest and the caller decides the exit code.
 */
public final class SiteBuild {
    private final BuildConfig config;
    private final Countries countries = Countries.standard();
    private final Progress progress;

    public SiteBuild(BuildConfig config) {
        this(config, Progress.NONE);
    }

    /** A build that reports its long stages (converting archive folders, rendering countries) to {@code progress}. */
    public SiteBuild(BuildConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Builds the site; only one build at a time writes a given output folder ({@link SiteLock}). */
    public Result run() {
        Templates.checkFolder(config.templates()); // a missing templates folder fails now, before any work
        if (!java.nio.file.Files.isDirectory(config.content())) {
            throw new MissingContentException(config.content());
        }
        try (SiteLock lock = SiteLock.acquire(config.out())) {
            Publisher.recover(config.out());
            return build();
        }
    }

    /** The pipeline: check the inputs, load (convert what changed), model (history and compare), render and publish. */
    private Result build() {
        Timings timings = new Timings();
        PageCache cache = PageCache.open(config);
        ContentLoader loader = new ContentLoader(config, countries, progress);
        ContentLoader.Inputs inputs = loader.scan();
        if (cache.upToDate(cache.inputsKey(inputs.state()))) {
            return Result.upToDate(cache.previousFiles(), timings.lap("check"));
        }
        timings.lap("check");
        ContentLoader.Loaded loaded = loader.load(inputs);
        timings.lap("load");
        SiteModel model = SiteModel.of(loaded.versions(), loaded.checked());
        timings.lap("model");
        // the inputs this site is made from, recorded only when it has no errors (a build with errors must run again)
        int files = publish(model, outputs(), cache, loaded.errors().isEmpty() ? cache.inputsKey(loaded.state()) : null,
                loaded.converted(), timings);
        return new Result(loaded.versions(), loaded.written(), files, model.countries().size(), loaded.errors(),
                ConversionReport.of(loaded.versions(), loaded.errors(), loaded.setAside()), cache.reused(),
                cache.rendered(), timings.all(), false, loaded.snapshotsRead());
    }

    /**
     * Every country's files, several countries at once: each output makes a country's files while its texts and diffs
     * are at hand; a country whose inputs are unchanged is taken whole from the previous site. The countries with a
     * version converted now ({@code likelyChanged}) go first, so that taking the unchanged ones (and working out that
     * they are) overlaps their rendering instead of coming before or after it; the order changes no byte.
     */
    private void countries(SiteModel model, List<Output> outputs, PageCache cache, Publisher.Staging site,
            Set<String> likelyChanged) {
        List<CountryModel> order = new ArrayList<>(model.countries());
        order.sort(Comparator.comparing(c -> !likelyChanged.contains(c.country().iso2()))); // stable
        AtomicInteger rendered = new AtomicInteger();
        order.parallelStream().forEach(country -> {
            PageCache.Group files = cache.group("country/" + country.country().iso2(), CountryFiles.of(model.sources(), country));
            if (!files.reuse(site::write)) {
                // the feed, first, asks for the newest diffs and sections; they are held for the diff pages
                holding(country.allSides(), config.site().feedEntries(), () -> outputs.forEach(output ->
                        output.renderCountry(model, country, config, files.cache(), site::write)));
                files.done();
            }
            progress.at("rendering countries", rendered.incrementAndGet(), order.size());
        });
    }

    /** Renders every output into a staging folder, country by country, then the site-wide files; swaps it in. */
    private int publish(SiteModel model, List<Output> outputs, PageCache cache, String inputs,
            Set<String> likelyChanged, Timings timings) {
        Publisher.Staging site = new Publisher(PageCache.MANIFEST).begin(config.out(), cache.previousPaths());
        try {
            countries(model, outputs, cache, site, likelyChanged);
            timings.lap("countries");
            for (Output output : outputs) {
                output.render(model, config, cache, site::write);
                timings.lap(output.getClass().getSimpleName());
            }
            for (Output output : outputs) {
                output.renderIndex(site.paths(), config, site::write);
            }
            site.write(cache.manifest(site.paths(), inputs));
            int files = site.commit();
            timings.lap("publish");
            return files;
        } finally {
            site.abort();
        }
    }

    /** The milliseconds each stage took, in pipeline order: each lap ends one stage and starts the next. */
    private static final class Timings {
        private final Map<String, Long> laps = new LinkedHashMap<>();
        private long start = System.nanoTime();

        Map<String, Long> lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, (now - start) / 1_000_000);
            start = now;
            return laps;
        }

        Map<String, Long> all() {
            return laps;
        }
    }

    /**
     * The outputs, in the order they render a country. The feed comes first: it asks for the newest diffs
     * (and the texts and sections they come from), which the diff pages ask for again; held, they are
     * computed once.
     */
    private List<Output> outputs() {
        Templates templates = new Templates(config.templates());
        return List.of(new FeedOutput(), new CountryPages(templates), new VersionPages(templates), new org.advisorycompare.render.ArchivePages(templates), new SitePages(templates),
                new ChangeListPages(templates), new OpenDataOutput(), new AssetOutput(), new ProjectDocsOutput(), new Sitemap());
    }

    /**
     * What a country's pages, feeds and data show: the governments the site shows (in every footer), the country,
     * and each side's destination with its versions and their labels. The merged timeline, the comparison and
     * each change's previous version are made from these, so they add nothing (and each version is keyed once).
     */
    private record CountryFiles(List<Source> sources, Country country, List<SideFiles> sides) {
        static CountryFiles of(List<Source> sources, CountryModel country) {
            return new CountryFiles(sources, country.country(), country.allSides().stream()
                    .map(side -> new SideFiles(side.source(), side.destination(), side.history().stream()
                            .map(c -> new Labelled(c.version(), c.kind(), c.fromLevel(), c.toLevel())).toList(),
                            side.checked()))
                    .toList());
        }
    }

    private record SideFiles(Source source, Destination destination, List<Labelled> history, String checked) {
    }

    private record Labelled(AdvisoryVersion version, ChangeKind kind, Integer fromLevel, Integer toLevel) {
    }

    /**
     * Runs {@code work} holding what the histories of {@code sides} compute meanwhile (see {@link Keeping}): room for
     * a feed's entries, each a diff and the sections on both sides, so memory stays bounded whatever the length of a
     * history.
     */
    private static void holding(List<CountryModel.Side> sides, int feedEntries, Runnable work) {
        Runnable all = work;
        for (CountryModel.Side side : sides) {
            Runnable inner = all;
            all = () -> side.keeping().holdingWhile(3 * feedEntries + 8, inner);
        }
        all.run();
    }

    /**
     * What a build did: versions loaded, version files (re)written, files published, problems, the
     * milliseconds each phase took, in pipeline order, and whether the site was already up to date (then
     * nothing was read beyond the content's file list and nothing was written), and how many snapshots were read
     * and converted (those of changed archive folders only).
     */
    public record Result(List<AdvisoryVersion> versions, int versionFilesWritten, int filesPublished, int countries,
            List<Problem> errors, ConversionReport report, int pagesReused, int pagesRendered, Map<String, Long> timings,
            boolean upToDate, int snapshotsConverted) {
        public Result {
            versions = List.copyOf(versions);
            errors = List.copyOf(errors);
            timings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        }

        /** Nothing changed since the last build (content, templates, code, base URL) and the site is complete. */
        static Result upToDate(int files, Map<String, Long> timings) {
            return new Result(List.of(), 0, files, 0, List.of(), ConversionReport.of(List.of(), List.of()), files, 0,
                    timings, true, 0);
        }
    }
}
