package org.advisorycompare.collect;

import org.advisorycompare.model.Progress;
import org.advisorycompare.error.Problem;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.convert.ChangeHistory;
import org.advisorycompare.read.DateReader;
import org.advisorycompare.read.DocumentReader;
import org.advisorycompare.read.Extraction;
import org.advisorycompare.read.RawDocument;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.read.UnknownCountryException;
import org.advisorycompare.read.UnreadableDocumentException;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.model.StatedDate;

/**
 * Records documents collected by hand into the archive. A file is one document, a folder is one
 * capture of several parts, and a whole State Department feed is one document per destination. The
 * country comes from the document itself where it names one, otherwise from {@code --country}; when
 * both are present they must agree. A document already in the archive (same source, country and
 * bytes) is reported, not recorded twice. A bad file is reported by name and the others still import.
 * The retrieval time is {@code --retrieved} if given, else the capture time a capture folder records
 * (an earlier collector's "Fetched at"), else now.
 */
public final class Importer {
    /** Files read at once: enough for every core, few enough that 10,000 large files never sit in memory together. */
    private static final int BATCH = 64;
    private final Archive archive;
    private final Readers readers;
    private final Countries countries;
    private final Clock clock;

    public Importer(Archive archive, Readers readers, Countries countries, Clock clock) {
        this.archive = archive;
        this.readers = readers;
        this.countries = countries;
        this.clock = clock;
    }

    /** A temporary of a write older than this is left by a stopped run, not by one writing now. */
    static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    public ImportResult importFiles(ImportRequest request) {
        return importAll(List.of(request));
    }

    /**
     * Imports several requests in one run (an archive folder gives one per document, each with what its place in
     * the archive says): the archive is listed and recovered once.
     */
    public ImportResult importAll(List<ImportRequest> requests) {
        return importAll(requests, Progress.NONE);
    }

    /** The same, reporting each file imported to {@code progress}. */
    public ImportResult importAll(List<ImportRequest> requests, Progress progress) {
        Map<String, Snapshot> known = new HashMap<>();
        archive.snapshots().forEach(s -> known.put(key(s.source().key(), s.country(), s.provenance().sha256()), s));
        ImportResult.Builder result = new ImportResult.Builder();
        archive.recover(STALE).forEach(result::skipped); // stopped writes of earlier runs, reported
        Map<ImportRequest, String> retrieved = new java.util.IdentityHashMap<>(); // one time for each request, as asked
        requests.forEach(r -> retrieved.put(r, retrieved(r)));
        List<Map.Entry<ImportRequest, Path>> files = requests.stream()
                .flatMap(r -> r.files().stream().map(f -> Map.entry(r, f))).toList();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Map.Entry<ImportRequest, Path>> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<Prepared> prepared = batch.parallelStream().map(f -> prepare(f.getKey(), f.getValue())).toList();
            for (int i = 0; i < batch.size(); i++) {
                ImportRequest request = batch.get(i).getKey();
                record(request, prepared.get(i), retrieved.get(request), known, result);
            }
            progress.at("importing files", from + batch.size(), files.size());
        }
        return result.build();
    }

    private void record(ImportRequest request, Prepared file, String retrieved, Map<String, Snapshot> known,
            ImportResult.Builder result) {
        if (file.error() != null) {
            result.error(file.error());
            return;
        }
        file.skipped().forEach(result::skipped);
        for (Piece piece : file.pieces()) {
            importOne(request, file.collected(), piece, retrieved, known, result);
        }
    }

    /** A file read and split, each piece read: the work that needs no archive, done in parallel. */
    private record Prepared(RawDocument collected, List<Piece> pieces, List<String> skipped, Problem error) {
    }

    /** A document of a file: read ({@code extraction}), refused ({@code error}) or set aside as not advice ({@code setAside}). */
    private record Piece(RawDocument document, Extraction extraction, Problem error, String setAside) {
        Piece(RawDocument document, Extraction extraction, Problem error) {
            this(document, extraction, error, null);
        }
    }

    private Prepared prepare(ImportRequest request, Path file) {
        try {
            RawDocument collected = RawDocument.load(file);
            DocumentReader.Split split = readers.split(request.source(), collected);
            List<Piece> pieces = new ArrayList<>();
            for (RawDocument document : split.documents()) {
                try {
                    pieces.add(new Piece(document, readers.read(request.source(), document), null));
                } catch (org.advisorycompare.read.NotAdviceException e) {
                    pieces.add(ChangeHistory.is(document) ? new Piece(document, historyPage(document), null)
                            : new Piece(document, null, null, e.getMessage()));
                } catch (AdvisoryCompareException e) {
                    pieces.add(new Piece(document, null, e.problem()));
                }
            }
            return new Prepared(collected, pieces, split.skipped(), null);
        } catch (AdvisoryCompareException e) {
            return new Prepared(null, List.of(), List.of(), e.problem());
        }
    }

    private void importOne(ImportRequest request, RawDocument collected, Piece piece, String retrieved,
            Map<String, Snapshot> known, ImportResult.Builder result) {
        if (piece.error() != null) {
            result.error(piece.error());
            return;
        }
        if (piece.setAside() != null) {
            result.skipped(piece.setAside());
            return;
        }
        RawDocument document = piece.document();
        Extraction extraction = piece.extraction();
        try {
            String given = request.country() == null && extraction.country() == null ? request.countryHint() : request.country();
            Country country = country(document.name(), extraction, given, collected != document);
            org.advisorycompare.model.Destination destination = extraction.details().destination();
            if (destination != null && !destination.home().equals(country)) {
                destination = null; // --country named another country than the destination's home
            }
            String sha256 = document.sha256();
            String key = key(request.source().key(), country, sha256);
            Snapshot existing = known.get(key);
            if (existing != null) {
                result.already(existing);
                return;
            }
            String when = request.retrieved() != null ? retrieved : extraction.details().captured() != null
                    ? extraction.details().captured() : request.retrievedHint() != null ? request.retrievedHint() : retrieved;
            Sidecar sidecar = sidecar(request, collected, document, extraction, country, sha256, when).of(destination);
            Snapshot snapshot = archive.record(document, sidecar, extension(collected));
            known.put(key, snapshot);
            result.recorded(snapshot);
        } catch (AdvisoryCompareException e) {
            result.error(e.problem());
        }
    }

    /**
     * A change-history page is recorded (a government document, the record of its change notes), never as advice:
     * the build reads its notes for the versions whose own capture lacks one. It names no country of its own here.
     */
    private static Extraction historyPage(RawDocument document) {
        return new Extraction(null, "change history", org.advisorycompare.model.Level.UNKNOWN,
                org.advisorycompare.model.StatedDate.UNKNOWN, org.advisorycompare.model.StatedDate.UNKNOWN,
                org.advisorycompare.model.StatedDate.UNKNOWN, null, org.advisorycompare.model.Details.NONE, document.text());
    }

    private Country country(String name, Extraction extraction, String given, boolean partOfCollection) {
        Country stated = extraction.country();
        if (given == null || partOfCollection && stated != null) {
            if (stated == null) {
                throw new UnknownCountryException(name + ": the document does not name a country we know; pass --country ISO2");
            }
            return stated;
        }
        Country chosen = countries.byIso(given).orElseThrow(() ->
                new UnknownCountryException("--country " + given + " is not an ISO 3166-1 alpha-2 code we know"));
        org.advisorycompare.model.Destination destination = extraction.details().destination();
        if (destination != null && destination.covers().contains(chosen)) {
            return destination.home(); // a destination covering several countries is kept in its home country's folder
        }
        if (stated != null && !stated.equals(chosen)) {
            throw new UnknownCountryException(name + ": the document is about " + stated.name() + " (" + stated.iso2()
                    + ") but --country says " + chosen.iso2() + "; drop --country or fix it");
        }
        return chosen;
    }

    private Sidecar sidecar(ImportRequest r, RawDocument collected, RawDocument document, Extraction e, Country country,
            String sha256, String retrieved) {
        StatedDate published = e.published().known() ? e.published() : DateReader.read(r.published());
        if (r.published() != null && !published.known()) {
            throw new UnreadableDocumentException(document.name(), "--published '" + r.published() + "' is not a date (use YYYY-MM-DD)");
        }
        String url = r.url() != null ? r.url() : e.details().url();
        return new Sidecar(r.source().key(), country.iso2(), r.source().organisation(),
                r.kind() == null ? "unspecified" : r.kind(), url, published.iso(), published.stated(), retrieved,
                sha256, r.licence() == null ? r.source().defaultLicence() : r.licence(),
                Path.of(collected.name()).getFileName().toString(),
                collected == document ? null : collected.sha256());
    }

    private String retrieved(ImportRequest request) {
        Instant instant = request.retrieved() == null ? clock.instant() : Instant.parse(request.retrieved());
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String extension(RawDocument document) {
        String name = document.name();
        int dot = name.lastIndexOf('.');
        String ext = dot > name.lastIndexOf('/') + 1 ? name.substring(dot).toLowerCase(Locale.ROOT) : ".txt";
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : ".txt";
    }

    private static String key(String source, Country country, String sha256) {
        return source + "/" + country.iso2() + "/" + sha256;
    }
}
