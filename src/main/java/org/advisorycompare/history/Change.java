package org.advisorycompare.history;

import java.util.function.Supplier;
import org.advisorycompare.model.AdvisoryVersion;

/**
 * One version in a source's history with its label against the version before it. The text diff
 * from the previous version is computed when first asked for and kept only while in use (see
 * {@link History}): a build that reuses a page never computes the diff it shows, a diff shown on a page
 * and in a feed is usually computed once, and memory does not grow with the number of diffs.
 *
 * @param fromLevel the previous national level (null for the first version or when unknown)
 * @param toLevel   this version's national level (null when unknown)
 * @param previous  the version before it, null for the first
 */
public record Change(AdvisoryVersion version, ChangeKind kind, Integer fromLevel, Integer toLevel,
        AdvisoryVersion previous, Supplier<Diff> lazyDiff) {

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
}
