package org.advisorycompare.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.advisorycompare.output.OutputFile;

/**
 * The only code that writes into the output folder. New and changed files are written into a fresh
 * sibling folder first; a failure while they are written leaves the previous site untouched. Then the
 * new site goes in one of two ways:
 * <ul>
 * <li><b>swap</b> (a first build, or when most files changed): the unchanged files are linked into the
 * staging folder, which then replaces the site in one rename;</li>
 * <li><b>in place</b> (when few files changed and the caller named the previous site's files and its
 * marker file): only the changed files are moved in and the removed ones deleted, so the cost follows
 * the change, not the size of the site. A {@link Journal} is written first; an interrupted update is
 * finished by the next {@link #begin}, and until then the site has no marker, so it is never trusted.</li>
 * </ul>
 */
public final class Publisher {
    private final String marker;

    /** A publisher that always swaps the whole site. */
    public Publisher() {
        this(null);
    }

    /**
     * A publisher that may update the site in place. {@code marker}: the site's file that says it is
     * complete (its manifest), written last by the caller; it is removed first and put back last.
     */
    public Publisher(String marker) {
        this.marker = marker;
    }

    /** Writes the files as the new content of {@code out}; returns how many were written. */
    public int publish(Path out, List<OutputFile> files) {
        Staging staging = begin(out, null);
        try {
            files.forEach(staging::write);
            return staging.commit();
        } finally {
            staging.abort();
        }
    }

    /**
     * Starts a new site beside {@code out}, first finishing an interrupted in-place update of it.
     * {@code previousFiles}: every file of the site now in {@code out}, as its manifest lists them, or
     * null when unknown (then the site is swapped). Files are written as they come, so none is held in memory.
     */
    public Staging begin(Path out, Set<String> previousFiles) {
        Path target = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            finishInterrupted(target);
            refuseAnythingButASite(target);
            Path folder = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".building-");
            return new Staging(target, folder, marker == null ? null : previousFiles, marker);
        } catch (IOException e) {
            throw new PublishException("cannot start the site in " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts the site in {@code out} back in order after a build that was stopped: finishes an interrupted
     * in-place update, then removes the staging and previous-site folders that stopped builds left beside
     * it. Call it only while holding the site's {@link SiteLock}: those folders may belong to a build that
     * is still running otherwise.
     */
    public static void recover(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(target.getParent())) {
            return;
        }
        String building = "." + target.getFileName() + ".building-";
        String previous = "." + target.getFileName() + ".previous-";
        try {
            finishInterrupted(target);
            restoreSwapped(target, previous);
            List<Path> leftovers;
            try (Stream<Path> siblings = Files.list(target.getParent())) {
                leftovers = siblings.filter(path -> path.getFileName().toString().startsWith(building)
                        || path.getFileName().toString().startsWith(previous)).sorted().toList();
            }
            leftovers.forEach(Publisher::deleteQuietly);
        } catch (IOException e) {
            throw new PublishException("cannot tidy the folder of the site " + target + ": " + e.getMessage()
                    + "; check that " + target.getParent() + " is writable", e);
        }
    }

    /**
     * A swap stopped between its two renames leaves no site, only the previous one beside it: that complete
     * site is put back (the newest, should there be several), so the folder is never left missing.
     */
    private static void restoreSwapped(Path target, String previous) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            java.util.Optional<Path> newest = siblings.filter(p -> p.getFileName().toString().matches(
                    java.util.regex.Pattern.quote(previous) + "\\d{1,18}")) // ours only: a name we did not make is never moved in
                    .max(java.util.Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(previous.length()))));
            if (newest.isPresent()) {
                Files.move(newest.get(), target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /**
     * The output folder is replaced whole, so it must be new, empty, or a site this publisher made (it has the
     * marker): a file, or a folder of someone's own files named by mistake, is refused, never deleted.
     */
    private void refuseAnythingButASite(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotASiteException(target, "is a file, not a folder");
        }
        if (marker == null || Files.isRegularFile(target.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new NotASiteException(target, "holds files but is not a site this tool built (it has no " + marker + ")");
            }
        }
    }

    private static void finishInterrupted(Path target) throws IOException {
        Journal interrupted = Journal.read(target);
        if (interrupted != null) {
            interrupted.apply();
        }
    }

    /** A site being written; {@link #commit()} puts it in place, {@link #abort()} (after a failure) removes it. */
    public static final class Staging {
        private final Path target;
        private final Path folder;
        private final Set<String> previousFiles;
        private final String marker;
        private final Set<String> paths = new LinkedHashSet<>();
        private final List<String> staged = new ArrayList<>();
        private final Map<String, Path> kept = new LinkedHashMap<>();
        private boolean done;

        private Staging(Path target, Path folder, Set<String> previousFiles, String marker) {
            this.target = target;
            this.folder = folder;
            this.previousFiles = previousFiles;
            this.marker = marker;
        }

        /**
         * Stages a new file. A file reused from the previous site, or made again with the bytes it has
         * there (after a change of the tool's code, say), stays where it is until the commit decides. Files
         * are written outside the lock, so that several threads write at once.
         */
        public void write(OutputFile file) {
            synchronized (this) {
                if (!paths.add(file.path())) {
                    throw new PublishException("cannot publish the site to " + target + ": two outputs write the same file "
                            + file.path() + "; the previous site is unchanged", null);
                }
                if (file.previous() != null) {
                    kept.put(file.path(), file.previous());
                    return;
                }
            }
            Path unchanged = unchanged(file);
            if (unchanged == null) {
                stage(file);
            }
            synchronized (this) {
                if (unchanged != null) {
                    kept.put(file.path(), unchanged);
                } else {
                    staged.add(file.path());
                }
            }
        }

        private void stage(OutputFile file) {
            try {
                Path path = folder.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.write(path, file.bytes());
            } catch (IOException e) {
                throw new PublishException("cannot write " + file.path() + " of the site: " + e.getMessage()
                        + "; the previous site is unchanged", e);
            }
        }

        /** The previous site's copy of a file, when the file has exactly its bytes (never the marker); else null. */
        private Path unchanged(OutputFile file) {
            if (previousFiles == null || file.path().equals(marker) || !previousFiles.contains(file.path())) {
                return null;
            }
            Path old = target.resolve(file.path());
            try {
                byte[] bytes = file.bytes();
                return Files.size(old) == bytes.length && Arrays.equals(Files.readAllBytes(old), bytes) ? old : null;
            } catch (IOException e) {
                return null;
            }
        }

        /** The paths written so far, in the order written. */
        public synchronized List<String> paths() {
            return List.copyOf(paths);
        }

        /** Puts the new site in place, in place or by a swap; returns how many files it has. */
        public synchronized int commit() {
            try {
                if (inPlace()) {
                    updateInPlace();
                } else {
                    linkKept();
                    swap(folder, target);
                }
                done = true;
                return paths.size();
            } catch (IOException e) {
                throw new PublishException("cannot publish the site to " + target + ": " + e.getMessage()
                        + "; the previous site is unchanged", e);
            }
        }

        /** In place when the previous site's files are known, the marker is new, and most files are kept where they are. */
        private boolean inPlace() {
            return previousFiles != null && Files.isDirectory(target) && staged.contains(marker)
                    && kept.entrySet().stream().allMatch(e -> e.getValue().toAbsolutePath().normalize().equals(target.resolve(e.getKey())))
                    && staged.size() <= kept.size();
        }

        private void updateInPlace() throws IOException {
            List<String> removed = previousFiles.stream().filter(path -> !paths.contains(path)).sorted().toList();
            Journal journal = new Journal(target, folder, marker, removed, staged);
            journal.write();
            done = true; // from here on the staged files belong to the journal, even if the update fails
            try {
                journal.apply();
            } catch (IOException e) {
                throw new PublishException("the update of the site in " + target + " stopped halfway: " + e.getMessage()
                        + "; the next build finishes it (journal " + Journal.fileFor(target) + ")", e);
            }
        }

        /** The unchanged files, linked into the staging folder where possible, else copied. */
        private void linkKept() throws IOException {
            for (Map.Entry<String, Path> entry : kept.entrySet()) {
                Path path = folder.resolve(entry.getKey());
                Files.createDirectories(path.getParent());
                try {
                    Files.createLink(path, entry.getValue());
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(entry.getValue(), path);
                }
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

    /** How many threads delete a folder: deleting waits on the disk far more than on the processor. */
    private static final int DELETERS = 8;

    /**
     * Deletes a folder and everything in it, its sub-folders two levels down (a country's pages, say) on
     * several threads: the old site after a swap is hundreds of thousands of files, and on this kind of
     * machine deleting them one after another took longer than rendering them (8 threads: 2.7 times faster).
     */
    static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> parts = new ArrayList<>();
        try {
            subfolders(folder, 2, parts);
        } catch (IOException e) {
            parts.clear(); // deleted in one walk below
        }
        ExecutorService deleters = Executors.newFixedThreadPool(DELETERS, task -> {
            Thread thread = new Thread(task, "delete-old-site");
            thread.setDaemon(true);
            return thread;
        });
        try {
            parts.forEach(part -> deleters.execute(() -> deleteTree(part)));
        } finally {
            deleters.shutdown();
            try {
                deleters.awaitTermination(1, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deleteTree(folder);
    }

    private static void subfolders(Path folder, int depth, List<Path> into) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    if (depth > 1) {
                        subfolders(child, depth - 1, into);
                    } else {
                        into.add(child);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path folder) {
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
