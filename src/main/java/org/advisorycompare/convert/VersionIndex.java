package org.advisorycompare.convert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Purely a cache in {@code <cache>/versions.json}: a missing, damaged or outdated index only costs time.
 */
public final class VersionIndex {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path file;
    private final String code;
    private final Map<String, Group> groups;

    /** The versions of one archive folder and the state they were made from. */
    record Group(String state, List<Entry> versions) {
    }

    /** One version without its text: the text's hash identifies it, its version file holds it. */
    record Entry(Country country, Source source, String versionId, String title, Level level, StatedDate published,
            StatedDate updated, StatedDate reviewed, String changeNote, Details details, Provenance provenance,
            List<AdvisoryVersion.Review> reviews, String bodySha256) {
    }

    record Stored(String code, Map<String, Group> groups) {
    }

    private VersionIndex(Path file, String code, Map<String, Group> groups) {
        this.file = file;
        this.code = code;
        this.groups = groups;
    }

    /** The index at {@code file} if it was made by this code ({@code code}); an empty one otherwise. */
    public static VersionIndex load(Path file, String code) {
        try {
            if (file != null && Files.isRegularFile(file)) {
                Stored stored = JSON.readValue(file.toFile(), Stored.class);
                if (code.equals(stored.code()) && stored.groups() != null) {
                    return new VersionIndex(file, code, new TreeMap<>(stored.groups()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged index is rebuilt
        }
        return new VersionIndex(file, code, new TreeMap<>());
    }

    /** Where a version's file is: {@link VersionStore#path(Country, Source, String)}. */
    @FunctionalInterface
    public interface Locator {
        Path path(Country country, Source source, String versionId);
    }

    /**
     * The versions of a folder whose state is unchanged, their texts read from their version files
     * when needed; null when the folder is new or changed.
     */
    public List<AdvisoryVersion> versions(String group, String state, Locator files) {
        Group known = groups.get(group);
        if (known == null || !known.state().equals(state)) {
            return null;
        }
        return known.versions().stream().map(e -> {
            Path file = files.path(e.country(), e.source(), e.versionId());
            return new AdvisoryVersion(e.country(), e.source(), e.versionId(), e.title(), e.level(), e.published(),
                    e.updated(), e.reviewed(), e.changeNote(), e.details(), e.provenance(), e.reviews(),
                    Body.stored(e.bodySha256(), () -> VersionFile.bodyOf(file)));
        }).toList();
    }

    /** Records what a folder in this state converted to. */
    public void put(String group, String state, List<AdvisoryVersion> versions) {
        groups.put(group, new Group(state, versions.stream().map(v -> new Entry(v.country(), v.source(), v.versionId(),
                v.title(), v.level(), v.published(), v.updated(), v.reviewed(), v.changeNote(), v.details(),
                v.provenance(), v.reviews(), v.content().sha256())).toList()));
    }

    /** Forgets folders that are gone. */
    public void retain(java.util.Set<String> present) {
        groups.keySet().retainAll(present);
    }

    /** Writes the index atomically; a failure only costs time on the next build. */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.replace(file, JSON.writeValueAsBytes(new Stored(code, groups)));
        } catch (IOException e) {
            // the next build converts again
        }
    }
}
