package org.advisorycompare.build;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.advisorycompare.collect.Archive;
import org.advisorycompare.incremental.ContentState;
import org.advisorycompare.store.Conversion;
import org.advisorycompare.convert.Converter;
import org.advisorycompare.incremental.VersionIndex;
import org.advisorycompare.store.VersionStore;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.error.Problem;

/**
 * Converts one changed archive folder ({@code <source>/<iso2>}) and writes its version files. When
 * the folder only gained snapshots since the last build (every file it had is there unchanged, its
 * version files are as that build left them, and the new snapshots come after the old ones), only the
 * new snapshots are read and converted and only the versions they make or review are written: the
 * work follows the change, not the length of the folder's history. Otherwise every snapshot is
 * converted again, in order. Either way the versions are the same.
 */
final class FolderConversion {
    private final Archive archive;
    private final Converter converter;
    private final VersionStore store;
    private final VersionIndex index;
    private final Path collected;
    private final ContentState states;

    /** A folder's versions, the problems, how many version files were written and its file lines (null: not known). */
    record Written(List<AdvisoryVersion> versions, List<Problem> errors, int written, List<String> archiveFiles) {
    }

    FolderConversion(Archive archive, Converter converter, VersionStore store, VersionIndex index, Path collected,
            ContentState states) {
        this.archive = archive;
        this.converter = converter;
        this.store = store;
        this.index = index;
        this.collected = collected;
        this.states = states;
    }

    /** {@code state}: the folder's state as the build found it; {@code versionFiles}: that of its version files. */
    Written convert(String folder, String state, String versionFiles) {
        List<String> files = states.lines(collected, folder);
        if (!ContentState.hash(files).equals(state)) {
            files = null; // changed since the build looked: converted in full, and its files not recorded
        }
        VersionIndex.Previous before = files == null ? null : index.previous(folder, store::path);
        if (before != null && before.versionFiles().equals(versionFiles)) {
            Set<String> added = added(folder, before.archiveFiles(), files);
            Converter.Extension extension = added == null ? null
                    : converter.extend(before.versions(), archive.snapshots(folder, added::contains));
            if (extension != null) {
                return written(extension.conversion(), extension.changed(), files);
            }
        }
        Conversion conversion = converter.convert(archive.snapshots(folder));
        return written(conversion, conversion.versions(), files);
    }

    /** Writes the version files; from then on the versions' texts are read from them when needed. */
    private Written written(Conversion conversion, List<AdvisoryVersion> toWrite, List<String> files) {
        int written = (int) toWrite.stream().filter(store::write).count();
        return new Written(conversion.versions().stream().map(store::stored).toList(), conversion.errors(), written, files);
    }

    /**
     * The file names of the sidecars added to the folder, when it only gained whole snapshots: each line
     * it had is still there, and each new file is a new sidecar, its document or a file of its capture
     * folder. Null otherwise (an edited, removed or stray file).
     */
    static Set<String> added(String folder, List<String> before, List<String> now) {
        Set<String> old = new HashSet<>(before);
        if (!now.containsAll(old)) {
            return null;
        }
        String prefix = folder + "/";
        Set<String> sidecars = new HashSet<>();
        Set<String> bases = new HashSet<>();
        List<String> others = new java.util.ArrayList<>();
        for (String line : now) {
            if (old.contains(line)) {
                continue;
            }
            String path = line.substring(0, line.indexOf('\t'));
            if (!path.startsWith(prefix)) {
                return null;
            }
            String name = path.substring(prefix.length());
            if (!name.contains("/") && name.endsWith(Archive.SIDECAR_SUFFIX)) {
                sidecars.add(name);
                bases.add(name.substring(0, name.length() - Archive.SIDECAR_SUFFIX.length()));
            } else {
                others.add(name);
            }
        }
        boolean allOfNewSnapshots = others.stream().allMatch(name -> bases.stream()
                .anyMatch(base -> name.equals(base) || name.startsWith(base + ".") || name.startsWith(base + "/")));
        return allOfNewSnapshots ? sidecars : null;
    }
}
