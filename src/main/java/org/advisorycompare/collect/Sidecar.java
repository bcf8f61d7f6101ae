package org.advisorycompare.collect;

/**
 * The provenance sidecar stored beside each collected document, as JSON with snake_case keys.
 *
 * @param published      the published date as ISO-8601, or null when not stated
 * @param publishedStated the published date in the document's (or collector's) own words
 * @param originalName   the file name the document had when it was collected
 * @param collectionSha256 for one destination of a whole feed: the SHA-256 of the whole feed file
 * @param destination    the crosswalk id of the government's destination (its folder is {@code <country>~<id>}),
 *                       or null when the destination is plainly the country
 * @param destinationName the government's own name for the destination, as the document states it
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
        String collectionSha256,
        String destination,
        String destinationName) {
    /** A sidecar of a plain destination (its country's). */
    Sidecar(String source, String country, String organisation, String documentKind, String url, String published,
            String publishedStated, String retrieved, String sha256, String licence, String originalName,
            String collectionSha256) {
        this(source, country, organisation, documentKind, url, published, publishedStated, retrieved, sha256, licence,
                originalName, collectionSha256, null, null);
    }

    /** The same sidecar for a document of this destination (null or plain: the country's own). */
    Sidecar of(org.advisorycompare.model.Destination d) {
        return d == null || !d.placed() ? this : new Sidecar(source, country, organisation, documentKind, url, published,
                publishedStated, retrieved, sha256, licence, originalName, collectionSha256, d.id(), d.name());
    }

    /** The archive folder under the source: the country's code, with {@code ~<destination>} for a placed destination. */
    String folder() {
        String iso = country.toLowerCase(java.util.Locale.ROOT);
        return destination == null ? iso : iso + "~" + destination;
    }
}
