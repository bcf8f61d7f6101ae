package org.advisorycompare.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.advisorycompare.text.Sections;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Section;
import org.advisorycompare.model.Keeping;

/**
 * Orders one country's versions from one source and labels each change. Pure: no I/O.
 *
 * <p>Order: the date the source states (updated, else published); for a version that states none, the day it
 * was retrieved, but never later than the latest stated date, and before a dated version of the same day, so that
 * an undated document never becomes current over dated ones while captures without dates keep their place in time.
 * Then retrieval time, then version id. Each change carries its diff from the one before.
 */
public final class History {
    /** The order of versions whose latest stated day is {@code latestStated} (null: none states a date). */
    private static Comparator<AdvisoryVersion> order(String latestStated) {
        return Comparator.comparing((AdvisoryVersion v) -> sortDay(v, latestStated), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(v -> v.effectiveDate().known())
                .thenComparing(v -> v.provenance().retrieved(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(AdvisoryVersion::versionId);
    }

    private static String sortDay(AdvisoryVersion v, String latestStated) {
        String day = day(v);
        return v.effectiveDate().known() || latestStated == null || day == null || day.compareTo(latestStated) <= 0 ? day
                : latestStated;
    }

    private History() {
    }

    /** The versions oldest first, each labelled against the one before it. */
    public static List<Change> of(List<AdvisoryVersion> versions) {
        return of(versions, new Keeping());
    }

    /** The same, its sections and diffs memos of {@code keeping} (held while work on the history is open). */
    public static List<Change> of(List<AdvisoryVersion> versions, Keeping keeping) {
        String latestStated = versions.stream().map(v -> v.effectiveDate().day()).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<AdvisoryVersion> ordered = versions.stream().sorted(order(latestStated)).toList();
        List<Change> changes = new ArrayList<>();
        AdvisoryVersion previous = null;
        Supplier<List<Section>> previousSections = null;
        for (AdvisoryVersion current : ordered) {
            // each version's sections are parsed once for the two diffs it takes part in, and kept only while in use
            Supplier<List<Section>> sections = keeping.memo(() -> Sections.of(current.body()));
            Supplier<List<Section>> before = previousSections;
            Supplier<Diff> diff = previous == null ? () -> null
                    : keeping.memo(() -> Differ.between(before.get(), sections.get()));
            changes.add(new Change(current, label(previous, current),
                    previous == null ? null : previous.level().national(), current.level().national(), previous, diff));
            previous = current;
            previousSections = sections;
        }
        return changes;
    }

    /** The day a version took effect: the date the source states, else the day it was retrieved. */
    public static String day(AdvisoryVersion v) {
        if (v.effectiveDate().known()) {
            return v.effectiveDate().day();
        }
        String retrieved = v.provenance().retrieved();
        return retrieved == null ? null : retrieved.substring(0, Math.min(10, retrieved.length()));
    }

    static ChangeKind label(AdvisoryVersion previous, AdvisoryVersion current) {
        if (previous == null) {
            return ChangeKind.FIRST;
        }
        Integer from = previous.level().national();
        Integer to = current.level().national();
        if (from != null && to != null && !from.equals(to)) {
            return to > from ? ChangeKind.LEVEL_RAISED : ChangeKind.LEVEL_LOWERED;
        }
        if (from == null && to != null) {
            return ChangeKind.LEVEL_STATED;
        }
        if (from != null && to == null) {
            return ChangeKind.LEVEL_UNSTATED;
        }
        if (!Objects.equals(previous.level().regional(), current.level().regional())
                || !Objects.equals(previous.level().regionalNative(), current.level().regionalNative())) {
            return ChangeKind.REGIONAL_CHANGE;
        }
        boolean sameNote = Objects.equals(previous.changeNote(), current.changeNote());
        boolean sameDate = Objects.equals(previous.effectiveDate().iso(), current.effectiveDate().iso());
        return sameNote && sameDate ? ChangeKind.SILENT_EDIT : ChangeKind.TEXT_CHANGED;
    }
}
