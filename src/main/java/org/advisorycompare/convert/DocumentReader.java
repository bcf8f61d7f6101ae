package org.advisorycompare.convert;

import org.advisorycompare.model.Source;

/** Reads one shape of document (GOV.UK page text, a news report...) into an {@link Extraction}. */
public interface DocumentReader {
    /** A short name for reports, e.g. "GOV.UK page text". */
    String name();

    /** Whether this reader understands a document of this source with this name and text. */
    boolean accepts(Source source, String fileName, String text);

    Extraction read(String text);
}
