package org.advisorycompare.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cheap description of a content folder: every file's path, size and modification time. Two equal
 * descriptions mean nothing was added, removed or edited (the archive is append-only and named by
 * content hashes; an edited version file gets a new modification time).
 */
public final class ContentState {
    private ContentState() {
    }

    /** The state of the folder ("absent" when it does not exist). */
    public static String of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return folder + " absent\n";
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.forEach(file -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        lines.add(folder.relativize(file) + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
                    }
                } catch (IOException e) {
                    lines.add(folder.relativize(file) + "\tunreadable");
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return folder + " unreadable " + System.nanoTime() + "\n";
        }
        lines.sort(null);
        return folder + "\n" + String.join("\n", lines) + "\n";
    }
}
