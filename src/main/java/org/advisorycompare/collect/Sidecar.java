package org.advisorycompare.collect;

/**
 * The provenance sidecar stored beside each collected document, as JSON with snake_case keys.
 *
 * @param published      the published date as ISO-8601, or null when not stated
 * @param publishedStated the published date in the document's (or collector's) own words
 * @param originalName   the file name the document had when it was collected
 * @param collectionSha256 for one destination of a whole feed: the SHA-256 of the whole feed file
 */
record Sidecar(
        String source,
        String country,
        String organisation,
        String documentKind,
        String url,
        String published,
        String publishedStated,
        String retrieved,
        String sha256,
        String licence,
        String originalName,
        String collectionSha256) {
}
