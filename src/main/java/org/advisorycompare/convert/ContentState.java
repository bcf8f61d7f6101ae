package org.advisorycompare.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.advisorycompare.model.Body;

/**
 * A cheap description of a content folder: the hash of every file's path, size and modification
 * time. Two equal descriptions mean nothing was added, removed or edited (the archive is append-only
 * and named by content hashes; an edited version file gets a new modification time).
 */
public final class ContentState {
    private ContentState() {
    }

    /** The state of the whole folder ("absent" when it does not exist). */
    public static String of(Path folder) {
        return String.join("", byFolder(folder, 0).values());
    }

    /**
     * The state of each sub-folder {@code depth} levels down (key: its relative path with '/'); files
     * higher up are under the key "". The sub-folders are walked on every core.
     */
    public static Map<String, String> byFolder(Path folder, int depth) {
        return listing(folder, depth).states();
    }

    /**
     * The states of a folder's sub-folders ({@link #byFolder}) and the files seen on the way.
     *
     * @param files every file, as its path from the folder; null when the folder could not be read
     */
    public record Listing(Map<String, String> states, List<String> files) {
    }

    /** {@link #byFolder}, with the paths of the files it walked over (one walk for both). */
    public static Listing listing(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return new Listing(Map.of("", Body.sha256(folder + " absent\n")), List.of());
        }
        try {
            Map<String, List<String>> top = new TreeMap<>();
            List<String> subfolders = new ArrayList<>();
            walk(folder, "", depth == 0 ? Integer.MAX_VALUE : depth, "", top, depth == 0 ? null : subfolders);
            Map<String, Walked> walked = walked(folder, subfolders);
            Map<String, String> result = new TreeMap<>();
            walked.forEach((key, sub) -> result.put(key, sub.state()));
            top.merge("", new ArrayList<>(), (a, b) -> a);
            List<String> files = new ArrayList<>(top.get(""));
            walked.values().forEach(sub -> files.addAll(sub.lines()));
            top.get("").add(0, folder.toString());
            result.put("", hash(top.get("")));
            return new Listing(result, files.stream().map(line -> line.substring(0, line.indexOf('\t'))).toList());
        } catch (IOException | UncheckedIOException e) {
            return new Listing(Map.of("", Body.sha256(folder + " unreadable " + System.nanoTime() + "\n")), null);
        }
    }

    /**
     * The states of some sub-folders only ({@code keys}, as {@link #byFolder} names them), equal to
     * what {@code byFolder} gives for them; a sub-folder that does not exist is left out.
     */
    public static Map<String, String> of(Path folder, Collection<String> keys) {
        Map<String, String> result = new TreeMap<>();
        walked(folder, keys).forEach((key, sub) -> result.put(key, sub.state()));
        return result;
    }

    /** A sub-folder's file lines, in the order walked, and its state (their {@link #hash}). */
    private record Walked(List<String> lines, String state) {
    }

    /** Each of some sub-folders that exist, walked and hashed on every core. */
    private static Map<String, Walked> walked(Path folder, Collection<String> keys) {
        List<Map.Entry<String, Walked>> walked = keys.parallelStream().map(key -> {
            Path sub = folder.resolve(key);
            if (!Files.isDirectory(sub)) {
                return null;
            }
            Map<String, List<String>> lines = new TreeMap<>();
            try {
                walk(sub, key, Integer.MAX_VALUE, key, lines, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> files = lines.getOrDefault(key, List.of());
            return Map.entry(key, new Walked(files, hash(files)));
        }).toList();
        Map<String, Walked> result = new TreeMap<>();
        walked.stream().filter(e -> e != null).forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /**
     * The lines a sub-folder's state is the hash of (see {@link #hash}): one per file, its path from
     * {@code folder}, size and modification time, sorted; empty when the sub-folder does not exist.
     */
    public static List<String> lines(Path folder, String key) {
        Walked walked = walked(folder, List.of(key)).get(key);
        List<String> sorted = new ArrayList<>(walked == null ? List.of() : walked.lines());
        sorted.sort(null);
        return sorted;
    }

    /** Lists the files under {@code start} into {@code lines} under {@code key}; folders {@code depth} down into {@code subfolders}. */
    private static void walk(Path start, String path, int depth, String key, Map<String, List<String>> lines,
            List<String> subfolders) throws IOException {
        FolderWalk.walk(start, path, depth, new FolderWalk.Visitor() {
            @Override
            public void entry(String file, BasicFileAttributes a) {
                if (a.isDirectory() && subfolders != null) {
                    subfolders.add(file);
                } else if (a.isRegularFile()) {
                    lines.computeIfAbsent(key, k -> new ArrayList<>()).add(file + "\t" + a.size() + "\t"
                            + a.lastModifiedTime().toMillis());
                }
            }

            @Override
            public void failed(String file) {
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(file + "\tunreadable");
            }
        });
    }

    /** The state made of some file lines, as {@link #byFolder} gives it for a sub-folder with those files. */
    public static String hash(List<String> lines) {
        lines = new ArrayList<>(lines);
        lines.sort(null);
        return Body.sha256(String.join("\n", lines) + "\n");
    }
}
