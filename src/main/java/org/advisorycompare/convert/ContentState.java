package org.advisorycompare.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
        Map<String, StringBuilder> states = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return Map.of("", folder + " absent\n");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted().forEach(file -> {
                Path relative = folder.relativize(file);
                String key = depth > 0 && relative.getNameCount() > depth
                        ? relative.subpath(0, depth).toString().replace('\\', '/') : "";
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        states.computeIfAbsent(key, k -> new StringBuilder()).append(relative).append('\t').append(a.size())
                                .append('\t').append(a.lastModifiedTime().toMillis()).append('\n');
                    }
                } catch (IOException e) {
                    states.computeIfAbsent(key, k -> new StringBuilder()).append(relative).append("\tunreadable\n");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return Map.of("", folder + " unreadable " + System.nanoTime() + "\n");
        }
        Map<String, String> result = new TreeMap<>();
        states.forEach((key, state) -> result.put(key, state.toString()));
        result.putIfAbsent("", folder + "\n");
        return result;
    }
}
