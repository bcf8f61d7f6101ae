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

    /**
     * Each {@code <folder>/<source>} to {@code <source>/<folder>}, through a folder beside them (no name meets another).
     * A sub-folder whose version files say they are of the source its parent is named after is already source first
     * (a marker deleted by hand) and stays.
     */
    private static void migrate(Path root) throws IOException {
        Path moving = root.resolve(MOVING);
        for (Path folder : subfolders(root)) {
            for (Path source : subfolders(folder)) {
                if (folder.getFileName().toString().equals(sourceOf(source))) {
                    continue;
                }
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
                for (Path folder : subfolders(source)) {
                    Path target = root.resolve(source.getFileName().toString()).resolve(folder.getFileName().toString());
                    Files.createDirectories(target.getParent());
                    Files.move(folder, target);
                }
                Files.delete(source);
            }
            Files.delete(moving);
        }
    }

    /** The source its first version file names in its front matter ({@code source: "uk"}); null when it has none. */
    private static String sourceOf(Path folder) throws IOException {
        Path first;
        try (Stream<Path> files = Files.list(folder)) {
            first = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().findFirst().orElse(null);
        }
        if (first == null) {
            return null;
        }
        try (Stream<String> lines = Files.lines(first, StandardCharsets.UTF_8)) {
            return lines.limit(60).filter(line -> line.startsWith("source:")).findFirst()
                    .map(line -> line.substring("source:".length()).replace("\"", "").strip()).orElse(null);
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
