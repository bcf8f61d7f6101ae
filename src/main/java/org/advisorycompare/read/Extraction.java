package org.advisorycompare.read;

import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.StatedDate;

/**
 * What a reader found in one document: only what the document states. A country the document does
 * not name is null; levels and dates it does not state are unknown.
 */
public record Extraction(
        Country country,
        String title,
        Level level,
        StatedDate published,
        StatedDate updated,
        StatedDate reviewed,
        String changeNote,
        Details details,
        String body) {

    /** The same facts for this destination: its home country, and the destination kept in the details (null: as it is). */
    public Extraction placed(org.advisorycompare.model.Destination destination) {
        return destination == null ? this : new Extraction(destination.home(), title, level, published, updated, reviewed,
                changeNote, details.withDestination(destination), body);
    }

    /**
     * The same facts with where each was read in the document; a place is kept only for a fact the document
     * states (a level, a date, a change note).
     */
    public Extraction readFrom(String levelWhere, String dateWhere, String changeNoteWhere) {
        boolean level = this.level.national() != null || this.level.regional() != null;
        boolean date = updated.known() || published.known();
        return with(details.withReadFrom(new org.advisorycompare.model.ReadFrom(level ? levelWhere : null, date ? dateWhere : null,
                changeNote != null ? changeNoteWhere : null)));
    }

    /** The same facts with another level. */
    public Extraction withLevel(Level newLevel) {
        return new Extraction(country, title, newLevel, published, updated, reviewed, changeNote, details, body);
    }

    /** The same facts with other details. */
    public Extraction with(Details newDetails) {
        return new Extraction(country, title, level, published, updated, reviewed, changeNote, newDetails, body);
    }
}
