package org.advisorycompare.incremental;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The manifest of the site a build starts from ({@link PageCache#MANIFEST}), read when first needed:
 * a build that finds the site up to date reads only its first line and then its paths, one by one,
 * without holding them (200,000 at L). Lines: {@code path<TAB>key[<TAB>group]}. A manifest that
 * cannot be read counts as none: everything is rendered again.
 */
final class PreviousManifest {
    private final Path file;
    /** Set once, after {@link #groups}: read without a lock by every rendering thread. */
    private volatile Map<String, String> keys;
    private volatile Map<String, List<String>> groups;

    PreviousManifest(Path site) {
        this.file = site.resolve(PageCache.MANIFEST);
    }

    /** Every line's key by its path (the files, the inputs line and the groups' lines); empty when there is no manifest. */
    Map<String, String> keys() {
        if (keys == null) {
            load();
        }
        return keys;
    }

    /** The paths of each group's files, in the manifest's order. */
    Map<String, List<String>> groups() {
        if (keys == null) {
            load();
        }
        return groups;
    }

    /** The key on the first line when that is the inputs line; null otherwise (no manifest, a build with errors). */
    String inputs() {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String first = in.readLine();
            String prefix = PageCache.INPUTS + "\t";
            return first != null && first.startsWith(prefix) ? first.substring(prefix.length()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * How many files the manifest lists, when every one of them is a file in {@code site}; -1 when one
     * is missing or the manifest cannot be read. The lines are streamed and checked on every core.
     */
    int filesPresent(Path site) {
        AtomicInteger files = new AtomicInteger();
        try (Stream<String> lines = Files.lines(file)) {
            boolean all = lines.parallel().map(PreviousManifest::path).filter(path -> path != null && PageCache.isFile(path))
                    .allMatch(path -> {
                        files.incrementAndGet();
                        return Files.isRegularFile(site.resolve(path));
                    });
            return all ? files.get() : -1;
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private static String path(String line) {
        int tab = line.indexOf('\t');
        return tab < 0 ? null : line.substring(0, tab);
    }

    private synchronized void load() {
        if (keys != null) {
            return;
        }
        Map<String, String> read = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                read = new HashMap<>(capacity()); // sized once: 200,000 lines at L
                read(read, members);
            } catch (IOException e) {
                read.clear();
                members.clear();
            }
        }
        groups = members;
        keys = read;
    }

    /** A map capacity for the manifest's lines, which are about 120 bytes each. */
    private int capacity() throws IOException {
        return (int) Math.min(1 << 24, Math.max(16, Files.size(file) / 120 * 4 / 3));
    }

    private void read(Map<String, String> into, Map<String, List<String>> members) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                int second = line.indexOf('\t', tab + 1);
                String path = line.substring(0, tab);
                into.put(path, line.substring(tab + 1, second < 0 ? line.length() : second));
                if (second >= 0) {
                    members.computeIfAbsent(line.substring(second + 1), g -> new ArrayList<>()).add(path);
                }
            }
        }
    }
}
