package org.advisorycompare.model;

import java.util.List;

/**
 * One version of one government's advice for one country: the facts read from the document and its
 * canonical Markdown body. The version id is derived from the normalised body, not from any date.
 *
 * @param reviews later retrievals of the same text (a republish with a new date only)
 * @param content the body, held or stored (see {@link Body}); {@link #body()} gives its text
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
        Body content) {

    public AdvisoryVersion {
        reviews = List.copyOf(reviews);
    }

    /** A version whose body is held in memory. */
    public AdvisoryVersion(Country country, Source source, String versionId, String title, Level level,
            StatedDate published, StatedDate updated, StatedDate reviewed, String changeNote, Details details,
            Provenance provenance, List<Review> reviews, String body) {
        this(country, source, versionId, title, level, published, updated, reviewed, changeNote, details, provenance,
                reviews, Body.of(body));
    }

    /** The canonical Markdown text. */
    public String body() {
        return content.text();
    }

    /** The same version with its body held or stored differently. */
    public AdvisoryVersion with(Body newContent) {
        return new AdvisoryVersion(country, source, versionId, title, level, published, updated, reviewed, changeNote,
                details, provenance, reviews, newContent);
    }

    /** The government's destination this version is the advice for: the one its document names, else plainly its country. */
    public Destination destination() {
        return details.destination() != null ? details.destination() : Destination.of(country);
    }

    /** When this version was last seen: the latest retrieval of its own document or of a later sighting; null if none is known. */
    public String lastRetrieved() {
        String last = provenance.retrieved();
        for (Review review : reviews) {
            if (review.retrieved() != null && (last == null || review.retrieved().compareTo(last) > 0)) {
                last = review.retrieved();
            }
        }
        return last;
    }

    /** The date this version took effect as the source states it: updated, else published. */
    public StatedDate effectiveDate() {
        return updated.or(published);
    }

    /** A later sighting of the same text: its stated dates and when it was retrieved. */
    public record Review(StatedDate updated, StatedDate reviewed, String retrieved, String collectedFile) {
        @Override
        public String toString() {
            return RecordText.of("Review", updated, reviewed, retrieved, collectedFile);
        }
    }

    @Override
    public String toString() {
        return RecordText.of("AdvisoryVersion", country, source, versionId, title, level, published, updated, reviewed,
                changeNote, details, provenance, reviews, content);
    }
}
