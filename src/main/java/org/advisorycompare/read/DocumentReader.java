package org.advisorycompare.read;

import org.advisorycompare.model.Source;

/** Reads one shape of document (GOV.UK page text, a news report...) into an {@link Extraction}. */
public interface DocumentReader {
    /** A short name for reports, e.g. "GOV.UK page text". */
    String name();

    /** Whether this reader understands this document of this source (decide from names and {@link RawDocument#head()}). */
    boolean accepts(Source source, RawDocument document);

    Extraction read(RawDocument document);

    /**
     * The documents this one holds: itself, or for a collection such as the State Department feed,
     * one document per destination (each keeping its bytes exactly as they were in the collection).
     */
    default Split split(RawDocument document) {
        return new Split(java.util.List.of(document), java.util.List.of());
    }

    /** The documents found in a collection, and a note for each part that is not an advisory. */
    record Split(java.util.List<RawDocument> documents, java.util.List<String> skipped) {
    }
}
