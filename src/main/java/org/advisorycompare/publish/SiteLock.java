package org.advisorycompare.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time per site: an operating-system lock on {@code .<site>.lock} beside the site, held
 * from before the previous site is read until the new one is in place. Two builds into one folder would
 * otherwise each reuse files the other is replacing. The lock is released when the build ends, or when
 * its process dies, so a killed build never leaves the site locked; the lock file itself stays.
 */
public final class SiteLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the site in {@code out}; throws {@link SiteBusyException} when another build holds it. */
    public static SiteLock acquire(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(target.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new SiteBusyException(target, file);
            }
            return new SiteLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new PublishException("cannot lock the site in " + target + " (" + file + "): " + e.getMessage()
                    + "; check that its folder is writable", e);
        }
    }

    /** The lock, or null when another process, or another build in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing is left to release
        }
    }
}
