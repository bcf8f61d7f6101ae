package org.advisorycompare.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
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
            List<Path> subfolders = new ArrayList<>();
            walk(folder, folder, depth == 0 ? Integer.MAX_VALUE : depth, "", top, depth == 0 ? null : subfolders);
            Map<String, List<String>> lines = lines(folder, keys(folder, subfolders));
            Map<String, String> result = new TreeMap<>();
            lines.forEach((key, list) -> result.put(key, hash(list)));
            top.merge("", new ArrayList<>(), (a, b) -> a);
            List<String> files = new ArrayList<>(top.get(""));
            lines.values().forEach(files::addAll);
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
        lines(folder, keys).forEach((key, list) -> result.put(key, hash(list)));
        return result;
    }

    /** The file lines of each of some sub-folders that exist, walked on every core. */
    private static Map<String, List<String>> lines(Path folder, Collection<String> keys) {
        List<Map.Entry<String, List<String>>> walked = keys.parallelStream().map(key -> {
            Path sub = folder.resolve(key);
            if (!Files.isDirectory(sub)) {
                return null;
            }
            Map<String, List<String>> lines = new TreeMap<>();
            try {
                walk(folder, sub, Integer.MAX_VALUE, key, lines, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.entry(key, lines.getOrDefault(key, new ArrayList<>()));
        }).toList();
        Map<String, List<String>> result = new TreeMap<>();
        walked.stream().filter(e -> e != null).forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /**
     * The lines a sub-folder's state is the hash of (see {@link #hash}): one per file, its path from
     * {@code folder}, size and modification time, sorted; empty when the sub-folder does not exist.
     */
    public static List<String> lines(Path folder, String key) {
        List<String> sorted = new ArrayList<>(lines(folder, List.of(key)).getOrDefault(key, List.of()));
        sorted.sort(null);
        return sorted;
    }

    private static List<String> keys(Path folder, List<Path> subfolders) {
        return subfolders.stream().map(sub -> folder.relativize(sub).toString().replace('\\', '/')).toList();
    }

    /** Lists the files under {@code start} into {@code lines} under {@code key}; folders {@code depth} down into {@code subfolders}. */
    private static void walk(Path root, Path start, int depth, String key, Map<String, List<String>> lines,
            List<Path> subfolders) throws IOException {
        Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                if (a.isDirectory() && subfolders != null) {
                    subfolders.add(file);
                } else if (a.isRegularFile()) {
                    lines.computeIfAbsent(key, k -> new ArrayList<>()).add(root.relativize(file) + "\t" + a.size() + "\t"
                            + a.lastModifiedTime().toMillis());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(root.relativize(file) + "\tunreadable");
                return FileVisitResult.CONTINUE;
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
