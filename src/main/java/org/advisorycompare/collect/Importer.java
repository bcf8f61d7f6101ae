package org.advisorycompare.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advisorycompare.AdvisoryCompareException;
import org.advisorycompare.convert.Converter;
import org.advisorycompare.convert.DateReader;
import org.advisorycompare.convert.Extraction;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.convert.UnknownCountryException;
import org.advisorycompare.convert.UnreadableDocumentException;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.model.StatedDate;

/**
 * Records documents collected by hand into the archive. The country comes from the document itself
 * where it names one, otherwise from {@code --country}; when both are present they must agree. A
 * document already in the archive (same source, country and bytes) is reported, not recorded twice.
 */
public final class Importer {
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

    public ImportResult importFiles(ImportRequest request) {
        String retrieved = retrieved(request);
        Map<String, Snapshot> known = new HashMap<>();
        archive.snapshots().forEach(s -> known.put(key(s.source().key(), s.country(), s.provenance().sha256()), s));
        List<Snapshot> recorded = new ArrayList<>();
        List<Snapshot> already = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : request.files()) {
            try {
                byte[] bytes = readBytes(file);
                Extraction extraction = readers.read(request.source(), file.toString(), bytes);
                Country country = country(file, extraction, request.country());
                String sha256 = Converter.sha256(bytes);
                Snapshot existing = known.get(key(request.source().key(), country, sha256));
                if (existing != null) {
                    already.add(existing);
                    continue;
                }
                Snapshot snapshot = archive.record(bytes, sidecar(request, file, extraction, country, sha256, retrieved),
                        extension(file));
                known.put(key(request.source().key(), country, sha256), snapshot);
                recorded.add(snapshot);
            } catch (AdvisoryCompareException e) {
                errors.add(e.getMessage());
            }
        }
        return new ImportResult(recorded, already, errors);
    }

    private Country country(Path file, Extraction extraction, String given) {
        Country stated = extraction.country();
        if (given == null) {
            if (stated == null) {
                throw new UnknownCountryException(file + ": the document does not name a country we know; pass --country ISO2");
            }
            return stated;
        }
        Country chosen = countries.byIso(given).orElseThrow(() ->
                new UnknownCountryException("--country " + given + " is not an ISO 3166-1 alpha-2 code we know"));
        if (stated != null && !stated.equals(chosen)) {
            throw new UnknownCountryException(file + ": the document is about " + stated.name() + " (" + stated.iso2()
                    + ") but --country says " + chosen.iso2() + "; drop --country or fix it");
        }
        return chosen;
    }

    private Sidecar sidecar(ImportRequest r, Path file, Extraction e, Country country, String sha256, String retrieved) {
        StatedDate published = e.published().known() ? e.published() : DateReader.read(r.published());
        if (r.published() != null && !published.known()) {
            throw new UnreadableDocumentException(file.toString(),
                    "--published '" + r.published() + "' is not a date (use YYYY-MM-DD)");
        }
        return new Sidecar(r.source().key(), country.iso2(), r.source().organisation(),
                r.kind() == null ? "unspecified" : r.kind(), r.url(), published.iso(), published.stated(), retrieved,
                sha256, r.licence() == null ? r.source().defaultLicence() : r.licence(), file.getFileName().toString());
    }

    private String retrieved(ImportRequest request) {
        Instant instant = request.retrieved() == null ? clock.instant() : Instant.parse(request.retrieved());
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : ".txt";
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : ".txt";
    }

    private static String key(String source, Country country, String sha256) {
        return source + "/" + country.iso2() + "/" + sha256;
    }
}
