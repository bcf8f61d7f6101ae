package org.advisorycompare.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.advisorycompare.files.AtomicFiles;
import org.advisorycompare.AdvisoryCompareException;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Snapshot;

/**
 * Earlier conversions, so that a build converts only new snapshots: {@code <dir>/<sha256>-<code>.md}
 * holds the version file made from a snapshot's bytes by a given build of the code (its fingerprint).
 * New code or new bytes mean a new key; a damaged entry is ignored and converted again. Purely a
 * cache: deleting the folder only makes the next build slower.
 */
public final class ConversionCache {
    public static final ConversionCache NONE = new ConversionCache(null, "", null);
    private final Path dir;
    private final String code;
    private final Countries countries;

    public ConversionCache(Path dir, String codeFingerprint, Countries countries) {
        this.dir = dir;
        this.code = codeFingerprint.length() > 16 ? codeFingerprint.substring(0, 16) : codeFingerprint;
        this.countries = countries;
    }

    Optional<AdvisoryVersion> get(Snapshot snapshot) {
        Path file = file(snapshot);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            AdvisoryVersion cached = VersionFile.readStored(file, Files.readString(file), countries);
            return Optional.of(new AdvisoryVersion(snapshot.country(), snapshot.source(), cached.versionId(), cached.title(),
                    cached.level(), cached.published(), cached.updated(), cached.reviewed(), cached.changeNote(),
                    cached.details(), snapshot.provenance(), List.of(), cached.content()));
        } catch (IOException | AdvisoryCompareException e) {
            return Optional.empty();
        }
    }

    AdvisoryVersion put(Snapshot snapshot, AdvisoryVersion version) {
        Path file = file(snapshot);
        if (file == null) {
            return version;
        }
        try {
            AtomicFiles.replace(file, VersionFile.write(version).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return version; // a cache that cannot be written only costs time (and memory: the body stays held)
        }
        // from now on the body is read from the cache file when needed, so that memory does not grow with the corpus
        return version.with(version.content().storedIn(() -> VersionFile.bodyOf(file)));
    }

    private Path file(Snapshot snapshot) {
        String sha = snapshot.provenance().sha256();
        if (dir == null || code.isEmpty() || sha == null || !sha.matches("[0-9a-f]{64}")) {
            return null;
        }
        return dir.resolve(sha.substring(0, 2)).resolve(sha + "-" + snapshot.source().key() + "-"
                + snapshot.country().iso2() + "-" + code + ".md");
    }
}
