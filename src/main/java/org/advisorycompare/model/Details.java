package org.advisorycompare.model;

import java.util.List;

/**
 * Further facts a document may state, each empty or null when it does not.
 *
 * @param sourceKey  the source's own key for the country (GOV.UK slug, US Country-Tag such as "TU")
 * @param regions    the areas the document names under its strictest regional advice, in its words
 * @param indicators US risk indicators as letters (C, T, U, H, N, E, K, D, O), where stated
 * @param url        the document's own URL where it states one (an RSS link, a GOV.UK base path)
 * @param reader     the reader that read it (for reports and provenance)
 * @param captured   when an earlier collector captured it, where the capture records that (ISO instant)
 * @param destination the government's destination the document is the advice for, as the crosswalk places it;
 *                    null when it is plainly the version's country
 * @param readFrom   where in the document its level, date and change note were read
 */
public record Details(String sourceKey, List<String> regions, List<String> indicators, String url, String reader,
        String captured, Destination destination, ReadFrom readFrom) {
    public static final Details NONE = new Details(null, List.of(), List.of(), null, null, null, null, ReadFrom.NONE);

    public Details(String sourceKey, List<String> regions, List<String> indicators, String url, String reader,
            String captured, Destination destination) {
        this(sourceKey, regions, indicators, url, reader, captured, destination, ReadFrom.NONE);
    }

    public Details(String sourceKey, List<String> regions, List<String> indicators, String url, String reader,
            String captured) {
        this(sourceKey, regions, indicators, url, reader, captured, null, ReadFrom.NONE);
    }

    public Details(String sourceKey, List<String> regions, List<String> indicators, String url, String reader) {
        this(sourceKey, regions, indicators, url, reader, null);
    }

    public Details {
        readFrom = readFrom == null ? ReadFrom.NONE : readFrom;
        url = Urls.safe(url);
        regions = List.copyOf(regions);
        indicators = List.copyOf(indicators);
    }

    public Details withReader(String name) {
        return new Details(sourceKey, regions, indicators, url, name, captured, destination, readFrom);
    }

    /** The same details with where each fact was read. */
    public Details withReadFrom(ReadFrom where) {
        return new Details(sourceKey, regions, indicators, url, reader, captured, destination, where);
    }

    /** The same details for a document of this destination. */
    public Details withDestination(Destination placed) {
        return new Details(sourceKey, regions, indicators, url, reader, captured, placed, readFrom);
    }

    @Override
    public String toString() {
        return RecordText.of("Details", sourceKey, regions, indicators, url, reader, captured, destination, readFrom);
    }
}
