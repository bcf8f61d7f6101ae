package org.advisorycompare.model;

import java.util.List;

/**
 * One version of one government's advice for one country: the facts read from the document and its
 * canonical Markdown body. The version id is derived from the normalised body, not from any date.
 *
 * @param reviews later retrievals of the same text (a republish with a new date only)
 */
public record AdvisoryVersion(
        Country country,
        Source source,
        String versionId,
        String title,
        Level level,
        StatedDate published,
        StatedDate updated,
        StatedDate reviewed,
        String changeNote,
        Details details,
        Provenance provenance,
        List<Review> reviews,
        String body) {

    public AdvisoryVersion {
        reviews = List.copyOf(reviews);
    }

    /** The date this version took effect as the source states it: updated, else published. */
    public StatedDate effectiveDate() {
        return updated.or(published);
    }

    /** A later sighting of the same text: its stated dates and when it was retrieved. */
    public record Review(StatedDate updated, StatedDate reviewed, String retrieved, String collectedFile) {
    }
}
