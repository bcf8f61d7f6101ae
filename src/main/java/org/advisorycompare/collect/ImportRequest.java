package org.advisorycompare.collect;

import java.nio.file.Path;
import java.util.List;
import org.advisorycompare.model.Source;

/**
 * What {@code import} was asked to record. Optional values are null when not given.
 *
 * @param country   ISO 3166-1 alpha-2; needed only when a document does not name its country
 * @param published the published date as the collector states it, used where the text states none
 * @param licence   the document's licence; defaults to the source government's own licence
 * @param countryHint   ISO2 used only when a document names no country (an archive's country folder); null when none
 * @param retrievedHint the retrieval time used only when neither {@code retrieved} nor the document gives one
 *                      (an archive's capture stamp); null when none
 */
public record ImportRequest(
        List<Path> files,
        Source source,
        String country,
        String published,
        String url,
        String kind,
        String licence,
        String retrieved,
        String countryHint,
        String retrievedHint) {
    public ImportRequest {
        files = List.copyOf(files);
    }

    public ImportRequest(List<Path> files, Source source, String country, String published, String url, String kind,
            String licence, String retrieved) {
        this(files, source, country, published, url, kind, licence, retrieved, null, null);
    }
}
