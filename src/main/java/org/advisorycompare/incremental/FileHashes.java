package org.advisorycompare.incremental;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.advisorycompare.files.AtomicFiles;
import org.advisorycompare.model.Body;

/**
 * The SHA-256 of every file of a content folder, remembered in the cache folder by the file's path,
 * size and modification time, so that a file is read again only when one of those changed. A fresh
 * checkout (every file has a new modification time, the same bytes) is read once and then gives the
 * same states as before, so the conversions and pages made from it are reused.
 *
 * <p>Kept per folder: {@code summary.tsv} (each sub-folder's listing state and content state), and
 * one file per sub-folder with its files' hashes, read only when that sub-folder's listing changed.
 * A file modified too recently to be sure its time would change with a second edit ({@link #settled})
 * is hashed but not remembered, so such an edit of the same size cannot go unseen. Purely a cache: a
 * missing or damaged file only means the files are read again.
 */
final class FileHashes {
    /** How long after its modification a file's time is sure to change with another edit, on fine clocks (ext4: a few ms). */
    static final long SETTLE_MILLIS = 100;
    /** The same for a time in whole seconds, which may come from a coarse clock (1 s; FAT: 2 s). */
    static final long COARSE_SETTLE_MILLIS = 2000;
    private final Path root;
    /** The cache's folder for this content folder; null: nothing is remembered, every file is read. */
    private final Path dir;
    private final Map<String, String[]> summary;
    private final Map<String, String[]> added = new ConcurrentHashMap<>();

    private FileHashes(Path root, Path dir, Map<String, String[]> summary) {
        this.root = root;
        this.dir = dir;
        this.summary = summary;
    }

    /** The hashes of {@code root}'s files, remembered under {@code cache} (null: remembered nowhere). */
    static FileHashes of(Path root, Path cache) {
        if (cache == null) {
            return new FileHashes(root, null, Map.of());
        }
        Path dir = cache.resolve("content-hashes").resolve(Body.sha256(root.toAbsolutePath().normalize().toString()).substring(0, 24));
        Map<String, String[]> summary = new ConcurrentHashMap<>();
        for (String line : read(dir.resolve("summary.tsv"))) {
            String[] columns = line.split("\t");
            if (columns.length == 3) {
                summary.put(columns[0], new String[] {columns[1], columns[2]});
            }
        }
        return new FileHashes(root, dir, summary);
    }

    /**
     * The content state of sub-folder {@code key} whose files' listing lines ({@code path, size, time})
     * are {@code listing}: remembered when the listing is the one it was remembered with, else worked out
     * from the {@link #lines} (see {@link ContentState#hash}).
     */
    String state(String key, List<String> listing) {
        String listingState = ContentState.hash(listing);
        String[] known = added.getOrDefault(key, summary.get(key));
        if (known != null && known[0].equals(listingState)) {
            return known[1];
        }
        return linesAndState(key, listing, listingState).state();
    }

    /**
     * The content lines ({@code path, size, SHA-256}) of a sub-folder's listing lines, in their order;
     * files not seen with that size and time before are read. They are remembered for next time, and
     * the sub-folder's states too.
     */
    List<String> lines(String key, List<String> listing) {
        return linesAndState(key, listing, ContentState.hash(listing)).lines();
    }

    private record Content(List<String> lines, String state) {
    }

    private Content linesAndState(String key, List<String> listing, String listingState) {
        Map<String, String> before = dir == null ? Map.of() : previous(key);
        Map<String, String> now = new TreeMap<>();
        List<String> lines = new ArrayList<>(listing.size());
        long time = System.currentTimeMillis();
        Reader reader = new Reader();
        boolean all = true;
        for (String line : listing) {
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                lines.add(line); // unreadable
                all = false;
                continue;
            }
            String hash = before.get(line);
            if (hash == null) {
                hash = reader.hash(root.resolve(columns[0]));
            }
            if (settled(Long.parseLong(columns[2]), time) && !hash.startsWith("unreadable")) {
                now.put(line, hash);
            } else {
                all = false;
            }
            lines.add(columns[0] + "\t" + columns[1] + "\t" + hash);
        }
        String state = ContentState.hash(lines);
        remember(key, before, now, all ? new String[] {listingState, state} : null);
        return new Content(lines, state);
    }

    /**
     * Whether a file last modified at {@code modified} (ms) is sure to get another time if edited after
     * {@code now}: its time is a clock tick old. A time in whole seconds may come from a coarse clock.
     */
    static boolean settled(long modified, long now) {
        return modified < now - (modified % 1000 == 0 ? COARSE_SETTLE_MILLIS : SETTLE_MILLIS);
    }

    /** Writes the summary, if a sub-folder's states were added since it was last written. */
    synchronized void save() {
        if (dir == null || added.isEmpty()) {
            return;
        }
        Map<String, String[]> written = new TreeMap<>(added);
        summary.putAll(written);
        written.forEach(added::remove); // an entry added meanwhile, by another thread, stays for the next save
        StringBuilder text = new StringBuilder();
        new TreeMap<>(summary).forEach((key, states) -> text.append(key).append('\t').append(states[0]).append('\t')
                .append(states[1]).append('\n'));
        write(dir.resolve("summary.tsv"), text.toString());
    }

    private void remember(String key, Map<String, String> before, Map<String, String> hashes, String[] states) {
        if (dir == null) {
            return;
        }
        if (!hashes.equals(before)) {
            StringBuilder text = new StringBuilder();
            hashes.forEach((line, hash) -> text.append(line).append('\t').append(hash).append('\n'));
            write(file(key), text.toString());
        }
        if (states != null && !Arrays.equals(states, summary.get(key))) {
            added.put(key, states);
        }
    }

    private Map<String, String> previous(String key) {
        Map<String, String> hashes = new HashMap<>();
        for (String line : read(file(key))) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                hashes.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return hashes;
    }

    private Path file(String key) {
        return dir.resolve(Body.sha256("folder " + key).substring(0, 32) + ".tsv");
    }

    /** Reads files for their SHA-256, with one buffer and one digest (a folder's files, on one thread). */
    static final class Reader {
        private final byte[] buffer = new byte[65536];
        private final MessageDigest digest;

        Reader() {
            digest = org.advisorycompare.model.Sha256.digest();
        }

        /** The SHA-256 of a file's bytes; "unreadable" (never remembered) when it cannot be read. */
        String hash(Path file) {
            digest.reset();
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                return "unreadable " + System.nanoTime();
            }
        }
    }

    private static List<String> read(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            return List.of(); // damaged: the files are read again
        }
        return lines;
    }

    private static void write(Path file, String text) {
        try {
            AtomicFiles.replace(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a cache that cannot be written only costs time
        }
    }
}
