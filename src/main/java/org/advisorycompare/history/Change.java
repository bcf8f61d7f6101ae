package org.advisorycompare.history;

import org.advisorycompare.model.AdvisoryVersion;

/**
 * One version in a source's history with its label against the version before it.
 *
 * @param fromLevel the previous national level (null for the first version or when unknown)
 * @param toLevel   this version's national level (null when unknown)
 * @param diff      the text difference from the previous version; null for the first version
 */
public record Change(AdvisoryVersion version, ChangeKind kind, Integer fromLevel, Integer toLevel, Diff diff) {

    /** The day this version took effect: the date the source states, else the day it was retrieved. */
    public String day() {
        return History.day(version);
    }
}
