package org.advisorycompare.model;

import java.nio.file.Path;

/**
 * One collected raw document in the archive, with its provenance sidecar.
 *
 * @param file      the raw bytes on disk, exactly as collected
 * @param published the published date recorded at collection (from the text or the collector), or unknown
 */
public record Snapshot(Source source, Country country, Path file, Provenance provenance, StatedDate published) {
}
