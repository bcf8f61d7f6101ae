package org.advisorycompare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.advisorycompare.collect.Archive;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.convert.ContentState;
import org.advisorycompare.convert.Conversion;
import org.advisorycompare.convert.ConversionCache;
import org.advisorycompare.convert.Converter;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.convert.VersionIndex;
import org.advisorycompare.convert.VersionStore;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.site.PageCache;

/**
 * The first stage of a build: every version, from the archive and from hand-made version files. Only
 * archive folders ({@code collected/<source>/<iso2>}) that changed since the last build are read and
 * converted (earlier conversions of the same bytes come from the conversion cache) and have their
 * version files written; an unchanged folder's versions come from the {@link VersionIndex}.
 */
final class ContentLoader {
    /** The versions, how many version files were written, the problems, and the state of the version files after. */
    record Loaded(List<AdvisoryVersion> versions, int written, List<String> errors, String advisoriesState) {
    }

    private final BuildConfig config;
    private final Countries countries;

    ContentLoader(BuildConfig config, Countries countries) {
        this.config = config;
        this.countries = countries;
    }

    /** {@code collected}: the state of each archive folder, as {@link ContentState#byFolder} gives it (depth 2). */
    Loaded load(Map<String, String> collected) {
        VersionStore store = new VersionStore(config.advisories(), countries);
        VersionIndex index = VersionIndex.load(config.cache().resolve("versions.json"), PageCache.codeFingerprint());
        Map<String, String> before = advisoryStates();
        List<AdvisoryVersion> versions = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (String folder : folders(collected)) {
            List<AdvisoryVersion> known = index.versions(folder, collected.get(folder) + before.getOrDefault(folder, ""), store::path);
            if (known == null) {
                changed.add(folder);
            } else {
                versions.addAll(known);
            }
        }
        Conversion converted = convert(changed);
        int written = (int) converted.versions().stream().filter(store::write).count();
        versions.addAll(converted.versions());
        List<String> errors = new ArrayList<>(converted.errors());
        Map<String, String> after = advisoryStates();
        remember(index, changed, converted, collected, after, errors);
        index.save();
        // version files the archive did not produce, such as hand-made ones, are read too
        Set<String> produced = new HashSet<>();
        versions.forEach(v -> produced.add(store.path(v).toString()));
        Conversion others = store.readAll(produced);
        errors.addAll(others.errors());
        versions.addAll(others.versions());
        return new Loaded(versions, written, errors, String.join("", after.values()));
    }

    private static List<String> folders(Map<String, String> collected) {
        return collected.keySet().stream().filter(k -> k.contains("/")).toList();
    }

    private Conversion convert(List<String> folders) {
        Archive archive = new Archive(config.collected(), countries);
        List<Snapshot> snapshots = folders.stream().flatMap(f -> archive.snapshots(f).stream()).toList();
        ConversionCache conversions = new ConversionCache(config.cache().resolve("conversions"),
                PageCache.codeFingerprint(), countries);
        return new Converter(Readers.standard(countries), conversions).convert(snapshots);
    }

    /** Indexes the folders converted now, in their state after writing, unless one of their snapshots failed. */
    private void remember(VersionIndex index, List<String> changed, Conversion converted, Map<String, String> collected,
            Map<String, String> after, List<String> errors) {
        Map<String, List<AdvisoryVersion>> byFolder = converted.versions().stream()
                .collect(Collectors.groupingBy(ContentLoader::folder, TreeMap::new, Collectors.toList()));
        for (String folder : changed) {
            String path = config.collected().resolve(folder).toString();
            if (errors.stream().noneMatch(e -> e.contains(path))) {
                index.put(folder, collected.get(folder) + after.getOrDefault(folder, ""), byFolder.getOrDefault(folder, List.of()));
            }
        }
        index.retain(new HashSet<>(folders(collected)));
    }

    /** The archive folder of a version: {@code <source>/<iso2>}. */
    private static String folder(AdvisoryVersion v) {
        return v.source().key() + "/" + v.country().iso2().toLowerCase(Locale.ROOT);
    }

    /** The state of the version files, as the last build recorded it (to tell whether anything changed). */
    String advisoriesState() {
        return String.join("", advisoryStates().values());
    }

    /** The state of each version folder ({@code advisories/<iso2>/<source>}), keyed as its archive folder. */
    private Map<String, String> advisoryStates() {
        Map<String, String> states = new TreeMap<>();
        ContentState.byFolder(config.advisories(), 2).forEach((key, state) -> {
            String[] parts = key.split("/");
            states.put(parts.length == 2 ? parts[1] + "/" + parts[0] : key, state);
        });
        return states;
    }
}
