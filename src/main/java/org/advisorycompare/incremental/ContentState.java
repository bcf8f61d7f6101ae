package org.advisorycompare.incremental;


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
import java.util.concurrent.ConcurrentHashMap;
import org.advisorycompare.model.Body;

/**
 * A description of a content folder that changes when, and only when, a file is added, removed or
 * edited: the hash of every file's path, size and SHA-256. The hashes are remembered by each file's
 * size and modification time ({@link FileHashes}), so a build reads only the files that are new or
 * have a new time; a fresh checkout of the same content (all new times) has the same states.
 */
public final class ContentState {
    /** The cache folder the file hashes are remembered in; null: every file is read every time. */
    private final Path cache;
    /** The hashes of each content folder, read from the cache once (changed folders ask again as they convert). */
    private final Map<Path, FileHashes> hashes = new ConcurrentHashMap<>();

    public ContentState(Path cache) {
        this.cache = cache;
    }

    private FileHashes hashes(Path folder) {
        return hashes.computeIfAbsent(folder, f -> FileHashes.of(f, cache));
    }

    /** The state of the whole folder ("absent" when it does not exist). */
    public String of(Path folder) {
        return String.join("", byFolder(folder, 0).values());
    }

    /**
     * The state of each sub-folder {@code depth} levels down (key: its relative path with '/'); files
     * higher up are under the key "". The sub-folders are walked on every core.
     */
    public Map<String, String> byFolder(Path folder, int depth) {
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
    public Listing listing(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return new Listing(Map.of("", Body.sha256(folder + " absent\n")), List.of());
        }
        try {
            Map<String, List<String>> top = new TreeMap<>();
            List<String> subfolders = new ArrayList<>();
            walk(folder, "", depth == 0 ? Integer.MAX_VALUE : depth, "", top, depth == 0 ? null : subfolders);
            FileHashes hashes = hashes(folder);
            Map<String, Walked> walked = walked(folder, subfolders, hashes);
            Map<String, String> result = new TreeMap<>();
            walked.forEach((key, sub) -> result.put(key, sub.state()));
            List<String> topFiles = top.getOrDefault("", List.of());
            List<String> files = new ArrayList<>(topFiles);
            walked.values().forEach(sub -> files.addAll(sub.files()));
            List<String> topLines = new ArrayList<>(List.of(folder.toString()));
            topLines.addAll(hashes.lines("", topFiles));
            result.put("", hash(topLines));
            hashes.save();
            return new Listing(result, files.stream().map(line -> line.substring(0, line.indexOf('\t'))).toList());
        } catch (IOException | UncheckedIOException e) {
            return new Listing(Map.of("", Body.sha256(folder + " unreadable " + System.nanoTime() + "\n")), null);
        }
    }

    /**
     * The states of some sub-folders only ({@code keys}, as {@link #byFolder} names them), equal to
     * what {@code byFolder} gives for them; a sub-folder that does not exist is left out.
     */
    public Map<String, String> of(Path folder, Collection<String> keys) {
        FileHashes hashes = hashes(folder);
        Map<String, String> result = new TreeMap<>();
        walked(folder, keys, hashes).forEach((key, sub) -> result.put(key, sub.state()));
        hashes.save();
        return result;
    }

    /**
     * The lines a sub-folder's state is the hash of (see {@link #hash}): one per file, its path from
     * {@code folder}, size and SHA-256, sorted; empty when the sub-folder does not exist.
     */
    public List<String> lines(Path folder, String key) {
        FileHashes hashes = hashes(folder);
        List<String> files = listed(folder, key);
        List<String> sorted = new ArrayList<>(files == null ? List.of() : hashes.lines(key, files));
        hashes.save();
        sorted.sort(null);
        return sorted;
    }

    /** A sub-folder's listing lines (path, size, modification time), in the order walked, and its state. */
    private record Walked(List<String> files, String state) {
    }

    /** Each of some sub-folders that exist, walked and hashed on every core. */
    private static Map<String, Walked> walked(Path folder, Collection<String> keys, FileHashes hashes) {
        List<Map.Entry<String, Walked>> walked = keys.parallelStream().map(key -> {
            List<String> files = listed(folder, key);
            if (files == null) {
                return null;
            }
            return Map.entry(key, new Walked(files, hashes.state(key, files)));
        }).toList();
        Map<String, Walked> result = new TreeMap<>();
        walked.stream().filter(e -> e != null).forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** The listing lines of a sub-folder; null when it does not exist. */
    private static List<String> listed(Path folder, String key) {
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
        return lines.getOrDefault(key, List.of());
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
