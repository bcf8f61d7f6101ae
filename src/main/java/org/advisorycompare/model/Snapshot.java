package org.advisorycompare.model;

import java.nio.file.Path;

/**
 * One collected raw document in the archive, with its provenance sidecar.
 *
 * @param file      the raw bytes on disk, exactly as collected
 * @param published the published date recorded at collection (from the text or the collector), or unknown
 */
public record Snapshot(Source source, Country country, Path file, Provenance provenance, StatedDate published) {
    /**
     * The archive folder it was recorded in under its source ({@code ml}, {@code il~israel-west-bank-gaza}), from its
     * collected file {@code <source>/<folder>/<name>}: the destination the archive placed it in; null for a
     * snapshot whose file is not named so (one not in an archive).
     */
    public String folder() {
        String file = provenance.collectedFile();
        String[] parts = file == null ? new String[0] : file.split("/");
        return parts.length >= 3 ? parts[1] : null;
    }
}
