package org.advisorycompare.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.files.AtomicFiles;

/**
 * An in-place update of a site, written down before it starts so that an interrupted update is
 * finished by the next build. The update first removes the site's marker file (its manifest: a site
 * without one is never trusted, so the next build is a full one), then deletes the files the new site
 * no longer has, moves the new and changed files in from the staging folder, and puts the marker back
 * last. Every step can be done again, so replaying a half-done journal finishes it.
 *
 * <p>The journal is a text file beside the site ({@code .<site>.publish-journal}): a line
 * {@code staging<TAB>folder}, a line {@code marker<TAB>path}, then {@code del<TAB>path} and
 * {@code put<TAB>path} lines.
 */
record Journal(Path target, Path staging, String marker, List<String> deletions, List<String> puts) {

    static Path fileFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".publish-journal");
    }

    /** Writes the journal beside the site; the update may start once this returns. */
    void write() throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("staging\t").append(staging.getFileName()).append('\n');
        text.append("marker\t").append(marker).append('\n');
        deletions.forEach(path -> text.append("del\t").append(path).append('\n'));
        puts.forEach(path -> text.append("put\t").append(path).append('\n'));
        AtomicFiles.replace(fileFor(target), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The journal of an interrupted update of {@code target}, or null when there is none. */
    static Journal read(Path target) throws IOException {
        Path file = fileFor(target);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Path staging = null;
        String marker = "";
        List<String> deletions = new ArrayList<>();
        List<String> puts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", 2);
            switch (cells[0]) {
                case "staging" -> staging = target.resolveSibling(cells[1]);
                case "marker" -> marker = cells[1];
                case "del" -> deletions.add(cells[1]);
                case "put" -> puts.add(cells[1]);
                default -> throw new IOException("unreadable line in " + file + ": " + line);
            }
        }
        return new Journal(target, staging, marker, deletions, puts);
    }

    /** Carries the update out (again); removes the journal and the emptied staging folder when done. */
    void apply() throws IOException {
        if (!finished()) {
            update();
        }
        Files.deleteIfExists(fileFor(target));
        Publisher.deleteQuietly(staging);
    }

    /** The marker is back in place: the update ran to its end and only the clean-up was left. */
    private boolean finished() {
        return !Files.exists(staging.resolve(marker)) && Files.exists(target.resolve(marker));
    }

    private void update() throws IOException {
        Files.deleteIfExists(target.resolve(marker));
        for (String path : deletions) {
            Path file = target.resolve(path);
            Files.deleteIfExists(file);
            pruneEmptyFolders(file.getParent());
        }
        for (String path : puts) {
            if (!path.equals(marker)) {
                put(path);
            }
        }
        put(marker);
    }

    /** Moves a staged file into the site; a file no longer staged was moved by an earlier, interrupted run. */
    private void put(String path) throws IOException {
        Path from = staging.resolve(path);
        if (!Files.exists(from)) {
            return;
        }
        Path to = target.resolve(path);
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void pruneEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(target) && !dir.equals(target); dir = dir.getParent()) {
            try {
                if (!Files.deleteIfExists(dir)) {
                    return;
                }
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
