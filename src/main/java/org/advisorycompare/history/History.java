package org.advisorycompare.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.advisorycompare.convert.Sections;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Section;
import org.advisorycompare.model.WeakMemo;

/**
 * Orders one country's versions from one source and labels each change. Pure: no I/O.
 *
 * <p>Order: versions that state no date first (by retrieval time), so that one never becomes current over
 * dated ones; then the date the source states (updated, else published), then retrieval time, then
 * version id. Each change carries its diff from the one before.
 */
public final class History {
    private static final Comparator<AdvisoryVersion> ORDER = Comparator
            .comparing((AdvisoryVersion v) -> v.effectiveDate().day(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(v -> v.provenance().retrieved(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AdvisoryVersion::versionId);

    private History() {
    }

    /** The versions oldest first, each labelled against the one before it. */
    public static List<Change> of(List<AdvisoryVersion> versions) {
        List<AdvisoryVersion> ordered = versions.stream().sorted(ORDER).toList();
        List<Change> changes = new ArrayList<>();
        AdvisoryVersion previous = null;
        Supplier<List<Section>> previousSections = null;
        for (AdvisoryVersion current : ordered) {
            // each version's sections are parsed once for the two diffs it takes part in, and kept only while in use
            Supplier<List<Section>> sections = new WeakMemo<>(() -> Sections.of(current.body()));
            Supplier<List<Section>> before = previousSections;
            Supplier<Diff> diff = previous == null ? () -> null
                    : new WeakMemo<>(() -> Differ.between(before.get(), sections.get()));
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
