package org.advisorycompare.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
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
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
            writeAll(staging, files);
            swap(staging, target);
            staging = null;
            return files.size();
        } catch (IOException e) {
            throw new PublishException("cannot publish the site to " + target + ": " + e.getMessage()
                    + "; the previous site is unchanged", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void writeAll(Path staging, List<OutputFile> files) throws IOException {
        Set<String> seen = new HashSet<>();
        for (OutputFile file : files) {
            if (!seen.add(file.path())) {
                throw new IOException("two outputs write the same file " + file.path());
            }
            Path path = staging.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, file.bytes());
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
