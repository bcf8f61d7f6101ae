package org.advisorycompare.history;

import org.advisorycompare.model.AdvisoryVersion;

/**
 * One version in a source's history with its label against the version before it.
 *
 * @param fromLevel the previous national level (null for the first version or when unknown)
 * @param toLevel   this version's national level (null when unknown)
 */
public record Change(AdvisoryVersion version, ChangeKind kind, Integer fromLevel, Integer toLevel) {
}
