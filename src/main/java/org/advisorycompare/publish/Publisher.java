package org.advisorycompare.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.advisorycompare.site.OutputFile;

/**
 * The only code that writes into the output folder. It writes every file into a fresh sibling folder,
 * then swaps that folder into place; a failure at any point leaves the previous site untouched.
 */
public final class Publisher {

    /** Writes the files as the new content of {@code out}; returns how many were written. */
    public int publish(Path out, List<OutputFile> files) {
        Staging staging = begin(out);
        try {
            files.forEach(staging::write);
            return staging.commit();
        } finally {
            staging.abort();
        }
    }

    /** Starts a new site beside {@code out}; files are written as they come, so none is held in memory. */
    public Staging begin(Path out) {
        Path target = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            return new Staging(target, Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".building-"));
        } catch (IOException e) {
            throw new PublishException("cannot start the site in " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    /** A site being written; {@link #commit()} swaps it in, {@link #abort()} (after a failure) removes it. */
    public static final class Staging {
        private final Path target;
        private final Path folder;
        private final Set<String> paths = new LinkedHashSet<>();
        private boolean done;

        private Staging(Path target, Path folder) {
            this.target = target;
            this.folder = folder;
        }

        public synchronized void write(OutputFile file) {
            if (!paths.add(file.path())) {
                throw new PublishException("cannot publish the site to " + target + ": two outputs write the same file "
                        + file.path() + "; the previous site is unchanged", null);
            }
            try {
                Path path = folder.resolve(file.path());
                Files.createDirectories(path.getParent());
                if (file.previous() == null) {
                    Files.write(path, file.bytes());
                } else {
                    reuse(file.previous(), path);
                }
            } catch (IOException e) {
                throw new PublishException("cannot write " + file.path() + " of the site: " + e.getMessage()
                        + "; the previous site is unchanged", e);
            }
        }

        /** A page unchanged since the previous site: a hard link to it where possible, else a copy. */
        private static void reuse(Path previous, Path path) throws IOException {
            try {
                Files.createLink(path, previous);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(previous, path);
            }
        }

        /** The paths written so far, in the order written. */
        public synchronized List<String> paths() {
            return List.copyOf(paths);
        }

        /** Swaps the new site in; returns how many files it has. */
        public synchronized int commit() {
            try {
                swap(folder, target);
                done = true;
                return paths.size();
            } catch (IOException e) {
                throw new PublishException("cannot publish the site to " + target + ": " + e.getMessage()
                        + "; the previous site is unchanged", e);
            }
        }

        /** Removes the unfinished site, if it was not committed. */
        public synchronized void abort() {
            if (!done) {
                deleteQuietly(folder);
                done = true;
            }
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".previous-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the site itself is complete
        }
    }
}
