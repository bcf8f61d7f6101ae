package org.advisorycompare.build;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.advisorycompare.collect.Archive;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.incremental.ContentState;
import org.advisorycompare.build.FolderConversion.Written;
import org.advisorycompare.store.Conversion;
import org.advisorycompare.convert.Converter;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.incremental.VersionIndex;
import org.advisorycompare.store.VersionLayout;
import org.advisorycompare.store.VersionStore;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Progress;
import org.advisorycompare.incremental.PageCache;
import org.advisorycompare.error.Problem;

/**
 * The first stage of a build: every version, from the archive and from hand-made version files. Only
 * archive folders ({@code collected/<source>/<iso2>}) that changed since the last build are read and
 * converted and have their version files written; an unchanged folder's versions come from the {@link VersionIndex}.
 */
final class ContentLoader {
    /** What the content is now: the state of each archive folder and of each version folder, before any conversion. */
    record Inputs(Map<String, String> collected, Map<String, String> advisories, Map<String, String> projectDocs) {
        /** The content's state as one value: a build from the same state makes the same site. */
        String state() {
            return ContentLoader.state(collected) + ContentLoader.state(advisories) + ContentLoader.state(projectDocs);
        }
    }

    /**
     * The versions, how many version files were written, the problems, the content's state after the
     * conversion (the version files it wrote included), what was read and set aside, and the countries (ISO codes)
     * of the versions converted now ({@code converted}: those most likely to have changed pages).
     */
    record Loaded(List<AdvisoryVersion> versions, int written, List<Problem> errors, String state,
            int snapshotsRead, List<String> setAside, Map<String, String> checked, Set<String> converted) {
    }

    private final BuildConfig config;
    private final Countries countries;
    /** The states of content folders, with the files' hashes remembered in the cache folder. */
    private final ContentState states;
    /** The version files the last {@link #advisoryStates()} saw, as paths from the version folder; null: not listed. */
    private List<String> listedVersionFiles;

    private final Progress progress;

    ContentLoader(BuildConfig config, Countries countries, Progress progress) {
        this.config = config;
        this.progress = progress;
        this.countries = countries;
        this.states = new ContentState(config.cache());
    }

    /**
     * The content's state: each archive folder's ({@code <source>/<iso2>}, and under "" the files above them)
     * and the version files'. Reads only the files that are new or touched since the last build.
     */
    Inputs scan() {
        if (Files.isDirectory(config.collected()) || Files.isDirectory(config.advisories())) {
            VersionLayout.ensure(config.advisories());
        }
        return new Inputs(states.byFolder(config.collected(), 2), advisoryStates(),
                config.projectDocs() == null ? Map.of() : states.byFolder(config.projectDocs(), 1));
    }

    /** Every version: from the index where an archive folder is unchanged since {@code inputs}' last build, converted where not. */
    Loaded load(Inputs inputs) {
        Map<String, String> collected = inputs.collected();
        Map<String, String> advisories = inputs.advisories();
        VersionStore store = new VersionStore(config.advisories(), countries);
        boolean versionFolderExisted = java.nio.file.Files.isDirectory(config.advisories());
        VersionIndex index = VersionIndex.in(config.cache() == null ? null : config.cache().resolve("versions"),
                PageCache.codeFingerprint());
        List<String> folders = folders(collected);
        // the index entries are small files: read on every core, in the folders' order
        List<List<AdvisoryVersion>> known = folders.parallelStream().map(folder -> index.versions(folder,
                collected.get(folder) + advisories.getOrDefault(folder, ""), store::path)).toList();
        List<AdvisoryVersion> versions = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            if (known.get(i) == null) {
                changed.add(folders.get(i));
            } else {
                versions.addAll(known.get(i));
            }
        }
        Converter converter = new Converter(Readers.standard(countries));
        Map<String, Written> converted = convert(changed, collected, advisories, progress, new FolderConversion(
                new Archive(config.collected(), countries), converter, store, index, config.collected(), states));
        List<Problem> errors = new ArrayList<>();
        // a document without its sidecar never converts: said whenever its folder is read (only the changed folders are looked at)
        errors.addAll(new Archive(config.collected(), countries).orphans(changed));
        int written = 0;
        Set<String> convertedCountries = new HashSet<>();
        for (Written conversion : converted.values()) {
            written += conversion.written();
            versions.addAll(conversion.versions());
            errors.addAll(conversion.errors());
            conversion.versions().forEach(v -> v.destination().covers().forEach(c -> convertedCountries.add(c.iso2())));
        }
        Map<String, String> after = versionFolderExisted ? new TreeMap<>(advisories) : advisoryStates();
        if (versionFolderExisted) { // only the converted folders' version files were written: only they are looked at again
            after.keySet().removeAll(converted.keySet());
            after.putAll(advisoryStates(converted.keySet()));
        }
        // a folder is indexed in its state after writing, unless one of its snapshots failed (it is read again next time)
        converted.forEach((folder, conversion) -> {
            if (conversion.errors().isEmpty()) {
                String versionFiles = after.getOrDefault(folder, "");
                index.put(folder, collected.get(folder) + versionFiles, conversion.versions(), conversion.archiveFiles(),
                        versionFiles);
            }
        });
        // version files the archive did not produce, such as hand-made ones, are read too
        Set<String> produced = new HashSet<>();
        versions.forEach(v -> produced.add(store.path(v).toString()));
        // (a version file that is not produced is never written by the build: the listing of the check has them all)
        Conversion others = listedVersionFiles == null ? store.readAll(produced) : store.readListed(listedVersionFiles, produced);
        errors.addAll(others.errors());
        versions.addAll(others.versions());
        return new Loaded(versions, written, errors, state(collected) + state(after) + state(inputs.projectDocs()),
                converter.snapshotsRead(),
                converter.setAside(), org.advisorycompare.collect.CollectState.checkedByDestination(config.collected()),
                convertedCountries);
    }

    private static List<String> folders(Map<String, String> collected) {
        return collected.keySet().stream().filter(k -> k.contains("/")).toList();
    }

    /**
     * Each changed archive folder converted on its own, so that its errors are its own, and its version
     * files written; the folders on every core, so that one folder's writing overlaps another's conversion.
     */
    private static Map<String, Written> convert(List<String> folders, Map<String, String> collected,
            Map<String, String> advisories, Progress progress, FolderConversion conversion) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        List<Written> done = folders.parallelStream().map(folder -> {
            Written written = conversion.convert(folder, collected.get(folder), advisories.getOrDefault(folder, ""));
            progress.at("converting archive folders", count.incrementAndGet(), folders.size());
            return written;
        }).toList();
        Map<String, Written> converted = new TreeMap<>();
        for (int i = 0; i < folders.size(); i++) {
            converted.put(folders.get(i), done.get(i));
        }
        return converted;
    }

    /** Folder states joined into the state of the whole: what the last build recorded, to tell whether anything changed. */
    static String state(Map<String, String> folders) {
        return String.join("", folders.values());
    }

    /**
     * The state of each version folder ({@code advisories/<source>/<folder>}), keyed as its archive folder
     * ({@code collected/<source>/<folder>}) is: one key order for both. The version files seen are kept, so that
     * {@link #load} does not walk them again.
     */
    Map<String, String> advisoryStates() {
        ContentState.Listing listing = states.listing(config.advisories(), 2);
        listedVersionFiles = listing.files();
        return new TreeMap<>(listing.states());
    }

    /** The states of the version folders of some archive folders, as {@link #advisoryStates()} gives them. */
    private Map<String, String> advisoryStates(Collection<String> archiveFolders) {
        return states.of(config.advisories(), archiveFolders);
    }
}
