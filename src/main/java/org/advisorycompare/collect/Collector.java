package org.advisorycompare.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.convert.Converter;
import org.advisorycompare.read.DocumentReader;
import org.advisorycompare.read.Extraction;
import org.advisorycompare.read.RawDocument;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.read.UnreadableDocumentException;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Destination;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.model.Source;

/**
 * Fetches the official sources and records what changed. A document becomes a new snapshot only when
 * its normalised content (the facts and canonical text read from it) differs from the latest snapshot
 * of that country and source; otherwise only the time it was checked is recorded. Suspicious responses
 * go to {@code <content>/quarantine/}, never into the archive. The state is saved at the end, so an
 * interrupted run leaves the archive as it was plus whole snapshots.
 */
public final class Collector {
    private final Archive archive;
    private final Readers readers;
    private final Countries countries;
    private final Fetcher fetcher;
    private final CollectState state;
    private final Path quarantine;
    private final Clock clock;
    private final boolean dryRun;
    private final CollectListener log;
    private final Map<String, String> latest = new HashMap<>();

    public Collector(Path content, Readers readers, Countries countries, Fetcher fetcher, Clock clock, boolean dryRun,
            CollectListener log) {
        this.archive = new Archive(content.resolve("collected"), countries);
        this.readers = readers;
        this.countries = countries;
        this.fetcher = fetcher;
        this.state = CollectState.load(content.resolve("collected"));
        this.quarantine = content.resolve("quarantine");
        this.clock = clock;
        this.dryRun = dryRun;
        this.log = log;
    }

    /** Runs the adapters; {@code wanted} are ISO codes (empty: every country). */
    public CollectResult run(List<SourceAdapter> adapters, Map<String, String> endpoints, Set<String> wanted) {
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        archive.recover(Importer.STALE).forEach(line -> log.message("archive: " + line));
        indexLatest();
        List<String> recorded = new ArrayList<>();
        List<String> quarantined = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int unchanged = 0;
        for (SourceAdapter adapter : adapters) {
            String origin = endpoints.getOrDefault(adapter.source().key(), adapter.officialOrigin()).replaceAll("/$", "");
            String key = adapter.source().key();
            SourceAdapter.Fetched fetched = adapter.fetch(fetcher, state, origin, k -> wanted.isEmpty()
                    || adapter.covers(k, countries).stream().anyMatch(c -> wanted.contains(c.iso2())),
                    (done, total) -> log.progress(new CollectListener.Progress(key, done, total, 0, 0, 0, 0, false)));
            failures.addAll(fetched.failures());
            fetched.quarantined().forEach(q -> quarantined.add(setAside(adapter.source(), q, now)));
            Tally tally = new Tally();
            int total = fetched.items().size() + fetched.failures().size();
            for (SourceAdapter.Item item : fetched.items()) {
                process(adapter, item, wanted, now, tally, recorded, quarantined, failures);
                log.progress(tally.progress(key, total, fetched, false));
            }
            unchanged += tally.unchanged;
            log.progress(tally.progress(key, total, fetched, true));
        }
        if (!dryRun) {
            state.save();
        }
        return new CollectResult(recorded, unchanged, quarantined, failures);
    }

    private static final class Tally {
        int recorded;
        int unchanged;
        int failed;
        int quarantined;

        CollectListener.Progress progress(String source, int total, SourceAdapter.Fetched fetched, boolean finished) {
            return new CollectListener.Progress(source, total, total, recorded, unchanged, fetched.failures().size() + failed,
                    fetched.quarantined().size() + quarantined, finished);
        }
    }

    private void process(SourceAdapter adapter, SourceAdapter.Item item, Set<String> wanted, String now, Tally tally,
            List<String> recorded, List<String> quarantined, List<String> failures) {
        Source source = adapter.source();
        if (item.notModified()) {
            tally.unchanged++;
            log.message(source.key() + ": " + item.url() + " not modified");
            return;
        }
        String suspicion = suspicion(adapter, item);
        if (suspicion != null) {
            tally.quarantined++;
            quarantined.add(setAside(source, new SourceAdapter.Quarantined(item.url(), suspicion, item.body()), now));
            return;
        }
        RawDocument whole = RawDocument.single(item.url(), item.body());
        DocumentReader.Split split;
        try {
            split = readers.split(source, whole);
        } catch (AdvisoryCompareException e) {
            tally.quarantined++;
            quarantined.add(setAside(source, new SourceAdapter.Quarantined(item.url(), e.getMessage(), item.body()), now));
            return;
        }
        boolean allGood = true; // the validators are kept only when every document was recorded or unchanged
        for (RawDocument document : split.documents()) {
            Extraction e;
            try {
                e = readers.read(source, document);
            } catch (UnreadableDocumentException ex) {
                allGood = false;
                tally.quarantined++;
                quarantined.add(setAside(source, new SourceAdapter.Quarantined(item.url(), ex.getMessage(), document.bytes()), now));
                continue;
            }
            Country country = e.country();
            if (country == null) { // set aside on its own: every other item is still recorded
                allGood = false;
                tally.quarantined++;
                quarantined.add(setAside(source, new SourceAdapter.Quarantined(item.url(), unplaced(document, e), document.bytes()), now));
                continue;
            }
            try {
                Destination destination = e.details().destination();
                if (!wanted.isEmpty() && (destination == null ? List.of(country) : destination.covers()).stream()
                        .noneMatch(c -> wanted.contains(c.iso2()))) {
                    continue;
                }
                String url = e.details().url() != null ? e.details().url() : item.url();
                String key = latestKey(source, (destination == null ? Destination.of(country) : destination).folder(), url);
                String normalised = normalised(e);
                if (normalised.equals(latest.get(key))) {
                    tally.unchanged++;
                    state.checked(key, now);
                    continue;
                }
                if (!dryRun) {
                    Snapshot s = archive.record(document, sidecar(adapter, item, whole, document, e, country, now)
                            .of(destination), adapter.extension());
                    recorded.add(s.file().toString());
                }
                latest.put(key, normalised);
                state.checked(key, now);
                tally.recorded++;
                log.message(key + ": new version recorded");
            } catch (AdvisoryCompareException ex) {
                allGood = false;
                tally.failed++;
                failures.add(ex.getMessage());
            }
        }
        if (allGood) {
            state.validators(item.url(), item.etag(), item.lastModified());
        }
        if (source == Source.US) { // a feed read whole counts, even when one of its items was set aside
            state.itemCount("us", StateFeedAdapter.count(new String(item.body(), StandardCharsets.UTF_8)));
        }
    }

    /** Why a document is set aside when its destination is not placed: its name, and where to place it. */
    private static String unplaced(RawDocument document, Extraction e) {
        return document.name() + ": names destination '" + (e.title() == null ? "(untitled)" : e.title())
                + "', which neither src/main/resources/destinations.tsv nor countries.tsv places; add a row to "
                + "destinations.tsv (see README, 'Destinations') and collect again";
    }

    /** The key of one document's latest content: its destination's folder and its own URL (one destination may have two pages). */
    private static String latestKey(Source source, String folder, String url) {
        return source.key() + "/" + folder + "|" + (url == null ? "" : url);
    }

    /** What makes a response unfit to record: an empty or tiny body, or what the source says is wrong with it. */
    static String suspicion(SourceAdapter adapter, SourceAdapter.Item item) {
        if (item.body().length < 200) {
            return "empty or tiny body (" + item.body().length + " bytes)";
        }
        return adapter.suspicion(item);
    }

    /** The facts and text read from a document: two documents with the same are the same version. */
    static String normalised(Extraction e) {
        return Converter.sha256((e.title() + "\n" + e.level() + "\n" + e.published() + "\n" + e.updated() + "\n"
                + e.reviewed() + "\n" + e.changeNote() + "\n" + e.details().regions() + "\n" + e.body())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The normalised content of the latest snapshot of every source and country. */
    private void indexLatest() {
        Map<String, Snapshot> newest = new HashMap<>();
        for (Snapshot s : archive.snapshots()) {
            newest.merge(latestKey(s.source(), s.folder(), s.provenance().url()), s,
                    (a, b) -> a.provenance().retrieved().compareTo(b.provenance().retrieved()) >= 0 ? a : b);
        }
        newest.forEach((key, s) -> {
            try {
                latest.put(key, normalised(readers.read(s.source(), RawDocument.load(s.file()))));
            } catch (AdvisoryCompareException e) {
                // an unreadable latest snapshot: the next good response becomes a new snapshot
            }
        });
    }

    private Sidecar sidecar(SourceAdapter adapter, SourceAdapter.Item item, RawDocument whole, RawDocument document, Extraction e,
            Country country, String now) {
        Source source = adapter.source();
        String kind = adapter.documentKind();
        String url = e.details().url() != null ? e.details().url() : item.url();
        return new Sidecar(source.key(), country.iso2(), source.organisation(), kind, url, e.published().iso(),
                e.published().stated(), now, document.sha256(), source.defaultLicence(),
                item.url().substring(item.url().lastIndexOf('/') + 1), whole == document ? null : whole.sha256());
    }

    /** Keeps a suspicious response for inspection, outside the archive; returns the line to report. */
    private String setAside(Source source, SourceAdapter.Quarantined q, String now) {
        String line = q.reason().startsWith(q.url()) ? q.reason() : q.url() + ": " + q.reason();
        log.message(source.key() + ": set aside " + line);
        if (dryRun || q.body().length == 0) {
            return line;
        }
        try {
            Path folder = quarantine.resolve(source.key());
            Files.createDirectories(folder);
            String base = now.replace(":", "").replace("-", "") + "-" + Converter.sha256(q.body()).substring(0, 12);
            Files.write(folder.resolve(base + ".bin"), q.body());
            Files.writeString(folder.resolve(base + ".reason.txt"), line + "\n");
        } catch (IOException e) {
            return line + " (could not keep its bytes: " + e.getMessage() + ")";
        }
        return line;
    }
}
