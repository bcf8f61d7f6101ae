package org.advisorycompare.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap description of a content folder: every file's path, size and modification time. Two equal
 * descriptions mean nothing was added, removed or edited (the archive is append-only and named by
 * content hashes; an edited version file gets a new modification time).
 */
public final class ContentState {
    private ContentState() {
    }

    /** The state of the whole folder ("absent" when it does not exist). */
    public static String of(Path folder) {
        return String.join("", byFolder(folder, 0).values());
    }

    /**
     * The state of each sub-folder {@code depth} levels down (key: its relative path with '/'), in one
     * walk; files higher up are under the key "". Empty when the folder does not exist.
     */
    public static Map<String, String> byFolder(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return Map.of("", folder + " absent\n");
        }
        Map<String, List<String>> lines = new TreeMap<>();
        try {
            // one walk; the attributes come with it (no second look at each file)
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (a.isRegularFile()) {
                        Path relative = folder.relativize(file);
                        String key = depth > 0 && relative.getNameCount() > depth
                                ? relative.subpath(0, depth).toString().replace('\\', '/') : "";
                        lines.computeIfAbsent(key, k -> new ArrayList<>()).add(relative + "\t" + a.size() + "\t"
                                + a.lastModifiedTime().toMillis());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    lines.computeIfAbsent("", k -> new ArrayList<>()).add(folder.relativize(file) + "\tunreadable");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return Map.of("", folder + " unreadable " + System.nanoTime() + "\n");
        }
        Map<String, String> result = new TreeMap<>();
        lines.forEach((key, list) -> {
            list.sort(null);
            result.put(key, String.join("\n", list) + "\n");
        });
        result.merge("", folder + "\n", (files, name) -> name + files);
        return result;
    }
}
