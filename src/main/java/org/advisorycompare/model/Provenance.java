package org.advisorycompare.model;

/**
 * Where a collected document came from: the organisation whose advice it carries, what kind of
 * document it is (a State Department page, a news report of an embassy alert...), the original URL
 * where known, when it was retrieved, the SHA-256 of its bytes, its licence and the archive file.
 */
public record Provenance(
        String organisation,
        String documentKind,
        String url,
        String retrieved,
        String sha256,
        String licence,
        String collectedFile) {

    /** A URL that is not a safe web link ({@code javascript:}, userinfo, ...) is not kept: the original URL is then unknown. */
    public Provenance {
        url = Urls.safe(url);
    }

    @Override
    public String toString() {
        return RecordText.of("Provenance", organisation, documentKind, url, retrieved, sha256, licence, collectedFile);
    }
}
