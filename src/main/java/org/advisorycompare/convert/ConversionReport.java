package org.advisorycompare.convert;

import org.advisorycompare.store.Conversion;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.error.Problem;

/**
 * What a conversion found: documents converted (by reader), how many state each fact and how many
 * leave it unknown, and the errors. Printed at the end of {@code build}.
 */
public record ConversionReport(int converted, Map<String, Integer> byReader, Map<String, Integer> known, List<Problem> errors,
        List<String> setAside) {

    public static ConversionReport of(List<AdvisoryVersion> versions, List<Problem> errors) {
        return of(versions, errors, List.of());
    }

    /** {@code setAside}: the documents converted in this build that are not advice, with the reason. */
    public static ConversionReport of(List<AdvisoryVersion> versions, List<Problem> errors, List<String> setAside) {
        Map<String, Integer> byReader = new TreeMap<>();
        versions.forEach(v -> byReader.merge(v.details().reader() == null ? "unrecorded" : v.details().reader(), 1, Integer::sum));
        Map<String, Integer> known = new java.util.LinkedHashMap<>();
        count(known, versions, "national level", v -> v.level().national() != null);
        count(known, versions, "national level stated (not derived by this site)", v -> v.level().nationalStated());
        count(known, versions, "regional level", v -> v.level().regional() != null);
        count(known, versions, "published or updated date", v -> v.effectiveDate().known());
        count(known, versions, "change note", v -> v.changeNote() != null);
        count(known, versions, "named regions", v -> !v.details().regions().isEmpty());
        count(known, versions, "risk indicators", v -> !v.details().indicators().isEmpty());
        return new ConversionReport(versions.size(), byReader, known, List.copyOf(errors), List.copyOf(setAside));
    }

    private static void count(Map<String, Integer> known, List<AdvisoryVersion> versions, String fact,
            Predicate<AdvisoryVersion> stated) {
        known.put(fact, (int) versions.stream().filter(stated).count());
    }

    /** The report as lines for a terminal. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Conversion: " + converted + " versions, " + errors.size() + " errors");
        byReader.forEach((reader, n) -> lines.add("  read as " + reader + ": " + n));
        known.forEach((fact, n) -> lines.add("  " + fact + ": stated in " + n + ", unknown in " + (converted - n)));
        if (!setAside.isEmpty()) {
            lines.add("  set aside as not advice (never versions): " + setAside.size());
            setAside.forEach(line -> lines.add("    " + line));
        }
        return lines;
    }
}
