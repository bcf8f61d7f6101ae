package org.advisorycompare.incremental;

import org.advisorycompare.store.VersionStore;

import org.advisorycompare.store.VersionFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advisorycompare.files.AtomicFiles;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Body;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * What the last build made of each archive folder ({@code collected/<source>/<iso2>}): its versions'
 * facts (not their texts) and the state of the folder and of its version files. A later build takes an
 * unchanged folder's versions from here, with their texts read from their version files when needed,
 * instead of reading and converting every snapshot again: the work of a build follows what changed.
 * Purely a cache, one small file per archive folder ({@code <cache>/versions/<source>/<iso2>.bin}, see {@link IndexFile}), so
 * a build rewrites only the entries of the folders that changed; a missing, damaged or outdated entry
 * only costs time.
 */
public final class VersionIndex {
    private final Path folder;
    private final String code;

    /**
     * The versions of one archive folder, the state they were made from and the code that made them;
     * {@code archiveFiles}: the folder's file lines then ({@link ContentState#lines}), {@code versionFiles}:
     * the state of its version files after they were written.
     */
    record Group(String code, String state, List<Entry> versions, List<String> archiveFiles, String versionFiles) {
    }

    /** What a folder was made into by the last build: its versions and the files they came from. */
    public record Previous(List<AdvisoryVersion> versions, List<String> archiveFiles, String versionFiles) {
    }

    /** One version without its text: the text's hash identifies it, its version file holds it. */
    record Entry(Country country, Source source, String versionId, String title, Level level, StatedDate published,
            StatedDate updated, StatedDate reviewed, String changeNote, Details details, Provenance provenance,
            List<AdvisoryVersion.Review> reviews, String bodySha256) {
    }

    private VersionIndex(Path folder, String code) {
        this.folder = folder;
        this.code = code;
    }

    /** The index in {@code folder} (null: none); entries made by other code ({@code code}) are ignored. */
    public static VersionIndex in(Path folder, String code) {
        return new VersionIndex(folder, code);
    }

    /** Where a version's file is: {@link VersionStore#path(String, Source, String)}. */
    @FunctionalInterface
    public interface Locator {
        Path path(String destinationFolder, Source source, String versionId);
    }

    /**
     * The versions of a folder whose state is unchanged, their texts read from their version files
     * when needed; null when the folder is new or changed, or its entry is missing or damaged.
     */
    public List<AdvisoryVersion> versions(String group, String state, Locator files) {
        Group known = read(group);
        if (known == null || !code.equals(known.code()) || !state.equals(known.state()) || known.versions() == null) {
            return null;
        }
        return versions(known, files);
    }

    /**
     * What the last build, by the same code, made of a folder whatever its state now; null when there is
     * no such entry or it does not say which files it was made from.
     */
    public Previous previous(String group, Locator files) {
        Group known = read(group);
        if (known == null || !code.equals(known.code()) || known.versions() == null || known.archiveFiles() == null
                || known.versionFiles() == null) {
            return null;
        }
        return new Previous(versions(known, files), known.archiveFiles(), known.versionFiles());
    }

    private static List<AdvisoryVersion> versions(Group known, Locator files) {
        return known.versions().stream().map(e -> {
            // the file is found when the text is needed: a path held for each of 100,000 versions weighs on memory
            Country country = e.country();
            Source source = e.source();
            String versionId = e.versionId();
            String destination = e.details().destination() == null ? country.iso2().toLowerCase(java.util.Locale.ROOT)
                    : e.details().destination().folder();
            return new AdvisoryVersion(country, source, versionId, e.title(), e.level(), e.published(),
                    e.updated(), e.reviewed(), e.changeNote(), e.details(), e.provenance(), e.reviews(),
                    Body.stored(e.bodySha256(), () -> VersionFile.bodyOf(files.path(destination, source, versionId))));
        }).toList();
    }

    private Group read(String group) {
        Path file = file(group);
        try {
            return file != null && Files.isRegularFile(file) ? IndexFile.read(Files.readAllBytes(file)) : null;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged entry is made again
        }
    }

    /**
     * Records, atomically, what a folder in this state converted to, the folder's file lines and the state
     * of its version files (either may be null: unknown); a failure only costs time next build.
     */
    public void put(String group, String state, List<AdvisoryVersion> versions, List<String> archiveFiles,
            String versionFiles) {
        Path file = file(group);
        if (file == null) {
            return;
        }
        Group entry = new Group(code, state, versions.stream().map(v -> new Entry(v.country(), v.source(), v.versionId(),
                v.title(), v.level(), v.published(), v.updated(), v.reviewed(), v.changeNote(), v.details(),
                v.provenance(), v.reviews(), v.content().sha256())).toList(), archiveFiles, versionFiles);
        try {
            AtomicFiles.replace(file, IndexFile.write(entry));
        } catch (IOException e) {
            // the next build converts this folder again
        }
    }

    private Path file(String group) {
        return folder == null ? null : folder.resolve(group + ".bin");
    }
}
