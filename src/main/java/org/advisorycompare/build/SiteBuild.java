package org.advisorycompare.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.convert.ConversionReport;
import org.advisorycompare.data.OpenDataOutput;
import org.advisorycompare.feed.FeedOutput;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.model.Keeping;
import org.advisorycompare.publish.Publisher;
import org.advisorycompare.publish.SiteLock;
import org.advisorycompare.render.AssetOutput;
import org.advisorycompare.render.PageOutput;
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

    public SiteBuild(BuildConfig config) {
        this.config = config;
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

    private Result build() {
        List<Problem> errors = new ArrayList<>();
        Map<String, Long> timings = new LinkedHashMap<>();
        long start = System.nanoTime();
        PageCache cache = PageCache.open(config);
        ContentLoader loader = new ContentLoader(config, countries);
        Map<String, String> collected = loader.archiveStates();
        String collectedState = ContentLoader.state(collected);
        Map<String, String> advisories = loader.advisoryStates();
        if (cache.upToDate(cache.inputsKey(collectedState + ContentLoader.state(advisories)))) {
            lap(timings, "check", start);
            return Result.upToDate(cache.previousFiles(), timings);
        }
        start = lap(timings, "check", start);
        ContentLoader.Loaded loaded = loader.load(collected, advisories);
        errors.addAll(loaded.errors());
        start = lap(timings, "load", start);
        SiteModel model = SiteModel.of(loaded.versions());
        start = lap(timings, "model", start);
        // the inputs this site is made from, recorded only when it has no errors (a build with errors must run again)
        String inputs = errors.isEmpty() ? cache.inputsKey(collectedState + loaded.advisoriesState()) : null;
        int pages = publish(model, outputs(), cache, inputs, timings);
        return new Result(loaded.versions(), loaded.written(), pages, model.countries().size(), errors,
                ConversionReport.of(loaded.versions(), errors, loaded.setAside()), cache.reused(), cache.rendered(), timings, false,
                loaded.snapshotsRead());
    }

    /** Renders every output into a staging folder, country by country, then the site-wide files; swaps it in. */
    private int publish(SiteModel model, List<Output> outputs, PageCache cache, String inputs, Map<String, Long> timings) {
        long start = System.nanoTime();
        Publisher.Staging site = new Publisher(PageCache.MANIFEST).begin(config.out(), cache.previousPaths());
        try {
            // several countries at once: each output makes a country's files while its texts and diffs are at hand;
            // a country whose inputs are unchanged is taken whole from the previous site
            model.countries().parallelStream().forEach(country -> {
                PageCache.Group files = cache.group("country/" + country.country().iso2(),
                        new CountryFiles(model.sources(), country));
                if (!files.reuse(site::write)) {
                    // the feed, first, asks for the newest diffs and sections; they are held for the diff pages
                    holding(country.allSides(), () -> outputs.forEach(output -> output.renderCountry(model, country,
                            config, files.cache(), site::write)));
                    files.done();
                }
            });
            start = lap(timings, "countries", start);
            for (Output output : outputs) {
                output.render(model, config, cache, site::write);
                start = lap(timings, output.getClass().getSimpleName(), start);
            }
            for (Output output : outputs) {
                output.renderIndex(site.paths(), config, site::write);
            }
            site.write(cache.manifest(site.paths(), inputs));
            int files = site.commit();
            lap(timings, "publish", start);
            return files;
        } finally {
            site.abort();
        }
    }

    /** Records the milliseconds since {@code start} under {@code phase}; returns the new start. */
    private static long lap(Map<String, Long> timings, String phase, long start) {
        long now = System.nanoTime();
        timings.put(phase, (now - start) / 1_000_000);
        return now;
    }

    /**
     * The outputs, in the order they render a country. The feed comes first: it asks for the newest diffs
     * (and the texts and sections they come from), which the diff pages ask for again; held, they are
     * computed once.
     */
    private List<Output> outputs() {
        return List.of(new FeedOutput(), new PageOutput(new Templates(config.templates())), new OpenDataOutput(),
                new AssetOutput(), new Sitemap());
    }

    /** What a country's pages, feeds and data show: the country, and the governments the site shows (in every footer). */
    private record CountryFiles(List<Source> sources, CountryModel country) {
    }

    /** Runs {@code work} holding what the histories of {@code sides} compute meanwhile (see {@link Keeping}). */
    private static void holding(List<CountryModel.Side> sides, Runnable work) {
        Runnable all = work;
        for (CountryModel.Side side : sides) {
            Runnable inner = all;
            all = () -> side.keeping().holdingWhile(KEPT_PER_SIDE, inner);
        }
        all.run();
    }

    /**
     * How many computed values (diffs, section lists) a history holds while a country showing it renders:
     * room for the feed's entries, each a diff and the sections on both sides, so memory stays bounded
     * whatever the length of a history.
     */
    private static final int KEPT_PER_SIDE = 3 * FeedOutput.MAX_ENTRIES + 8;

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
