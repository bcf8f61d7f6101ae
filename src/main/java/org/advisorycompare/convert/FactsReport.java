package org.advisorycompare.convert;

import org.advisorycompare.store.Conversion;

import org.advisorycompare.store.VersionStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.advisorycompare.files.AtomicFiles;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Level;

/**
 * The fidelity report ({@code build --facts FILE}): one TSV row per version with the facts read from it
 * and the sentence each level was read from, so that a reviewer can audit a whole corpus in one read.
 * A level this site derives (rather than quotes) says so in {@code national_derived}.
 */
public final class FactsReport {
    static final List<String> COLUMNS = List.of("source", "country", "destination", "version", "date", "national_level",
            "national_derived", "national_words", "national_read_from", "level_read_in", "regional_level", "regional_read_from",
            "date_read_from", "change_note", "change_note_read_from", "reader", "collected_file");

    private FactsReport() {
    }

    /** The report of these versions, ordered by source, destination and date. */
    public static String of(List<AdvisoryVersion> versions) {
        StringBuilder out = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        versions.stream().sorted(Comparator.comparing((AdvisoryVersion v) -> v.source().key())
                .thenComparing(v -> v.destination().folder())
                .thenComparing(v -> v.effectiveDate().day(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(v -> v.provenance().retrieved(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(v -> out.append(String.join("\t", row(v))).append('\n'));
        return out.toString();
    }

    private static List<String> row(AdvisoryVersion v) {
        Level l = v.level();
        return List.of(v.source().key(), v.country().iso2(), v.destination().folder(), v.versionId(),
                cell(v.effectiveDate().iso()), l.national() == null ? "unknown" : "N" + l.national(),
                String.valueOf(l.nationalDerived()), cell(l.nationalNative()), cell(l.nationalSource()),
                cell(v.details().readFrom().level()), l.regional() == null ? "unknown" : "N" + l.regional(),
                cell(l.regionalSource()), cell(v.details().readFrom().date()), cell(v.changeNote()),
                cell(v.details().readFrom().changeNote()), cell(v.details().reader()), cell(v.provenance().collectedFile()));
    }

    /** A TSV cell: empty for null, tabs and line breaks as spaces. */
    private static String cell(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** Writes the report of the version files under {@code advisories} to {@code file}; returns how many rows it has. */
    public static int write(VersionStore store, Path file) {
        Conversion all = store.readAll();
        try {
            AtomicFiles.replace(file, of(all.versions()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FactsReportException(file.toString(), e);
        }
        return all.versions().size();
    }
}
