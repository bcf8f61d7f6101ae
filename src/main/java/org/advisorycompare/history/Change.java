package org.advisorycompare.history;

import java.util.function.Supplier;
import org.advisorycompare.model.AdvisoryVersion;

/**
 * One version in a source's history with its label against the version before it. The text diff
 * from the previous version is computed the first time it is asked for: a build that reuses a page
 * never computes the diff it shows.
 *
 * @param fromLevel the previous national level (null for the first version or when unknown)
 * @param toLevel   this version's national level (null when unknown)
 * @param previous  the version before it, null for the first
 */
public record Change(AdvisoryVersion version, ChangeKind kind, Integer fromLevel, Integer toLevel,
        AdvisoryVersion previous, Supplier<Diff> lazyDiff) {

    public Change(AdvisoryVersion version, ChangeKind kind, Integer fromLevel, Integer toLevel, AdvisoryVersion previous) {
        this(version, kind, fromLevel, toLevel, previous, previous == null ? () -> null : memo(previous, version));
    }

    /** Whether there is a previous version to compare with (false for the first version). */
    public boolean hasDiff() {
        return previous != null;
    }

    /** The text difference from the previous version; null for the first version. */
    public Diff diff() {
        return lazyDiff.get();
    }

    /** The day this version took effect: the date the source states, else the day it was retrieved. */
    public String day() {
        return History.day(version);
    }

    private static Supplier<Diff> memo(AdvisoryVersion before, AdvisoryVersion after) {
        return new Supplier<>() {
            private Diff diff;

            @Override
            public synchronized Diff get() {
                if (diff == null) {
                    diff = Differ.between(before.body(), after.body());
                }
                return diff;
            }
        };
    }
}
