package org.advisorycompare.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version folders' layout: {@code advisories/<source>/<destination folder>/}, the order of the archive's
 * {@code collected/<source>/<destination folder>/}, named by the file {@value #MARKER} at the root. A version folder
 * without it is the earlier layout, {@code advisories/<destination folder>/<source>/}; it is moved into this one
 * (renames, then the marker). Without the marker the two orders cannot be told apart ({@code us/ca} is US advice for
 * Canada in one and Canadian advice for the United States in the other).
 */
public final class VersionLayout {
    /** The file that says a version folder is laid out source first. */
    public static final String MARKER = "LAYOUT";
    static final String TEXT = "advisories/<source>/<destination folder>/<version>.md\n";
    private static final String MOVING = ".layout-migration";

    private VersionLayout() {
    }

    /** Makes {@code root} a version folder in this layout: created with its marker, or moved from the earlier one. */
    public static void ensure(Path root) {
        try {
            if (Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Files.createDirectories(root);
            if (Files.isDirectory(root.resolve(MOVING))) {
                throw new IOException("an earlier move into the source-first layout was stopped");
            }
            migrate(root);
            Files.writeString(root.resolve(MARKER), TEXT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VersionStoreException(root.toString(), "cannot be laid out source first (" + e.getMessage() + ")",
                    "delete " + root + ": the next build writes it again from the collected documents", e);
        }
    }

    /** Each {@code <folder>/<source>} to {@code <source>/<folder>}, through a folder beside them (no name meets another). */
    private static void migrate(Path root) throws IOException {
        Path moving = root.resolve(MOVING);
        List<Path> folders = subfolders(root);
        for (Path folder : folders) {
            for (Path source : subfolders(folder)) {
                Path target = moving.resolve(source.getFileName().toString()).resolve(folder.getFileName().toString());
                Files.createDirectories(target.getParent());
                Files.move(source, target);
            }
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
        if (Files.isDirectory(moving)) {
            for (Path source : subfolders(moving)) {
                Files.move(source, root.resolve(source.getFileName().toString()));
            }
            Files.delete(moving);
        }
    }

    private static List<Path> subfolders(Path folder) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().startsWith("."))
                    .sorted().forEach(folders::add);
        }
        return folders;
    }
}
