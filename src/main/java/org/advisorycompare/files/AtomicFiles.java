package org.advisorycompare.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Writes that never leave a half-written file: a temporary file beside the target, then a rename over it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Creates or replaces {@code file} with {@code bytes}; a reader sees the old file or the new one, never a part.
     * The folders are made only when missing, and the temporary file is created and written with one open:
     * a build writes tens of thousands of these, and each system call counts.
     */
    public static void replace(Path file, byte[] bytes) throws IOException {
        Path temp = writeTemporary(file, bytes);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    private static Path writeTemporary(Path file, byte[] bytes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = file.resolveSibling("." + file.getFileName() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                writeNew(temp, bytes);
                return temp;
            } catch (NoSuchFileException e) {
                if (attempt > 0) {
                    throw e;
                }
                Files.createDirectories(file.getParent());
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw e;
                }
            }
        }
    }

    private static void writeNew(Path temp, byte[] bytes) throws IOException {
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof NoSuchFileException) && !(e instanceof FileAlreadyExistsException)) {
                deleteQuietly(temp, e); // a part-written temporary file (a full disk) does not stay behind
            }
            throw e;
        }
    }

    /** Deletes the temporary file; a failure to do so is added to the failure that made it necessary. */
    private static void deleteQuietly(Path temp, Exception cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
