package org.advisorycompare.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.advisorycompare.files.AtomicFiles;
import org.advisorycompare.site.PageCache;

/**
 * The text of feed entries made by earlier builds ({@code <cache>/feed-entries/}), keyed by the code,
 * the change (its version, label and previous version) and the entry's link: a feed that gains one
 * entry computes only that entry's diff, not the other 49. Purely a cache: a missing or damaged entry
 * is made again, with the same bytes.
 */
final class EntryCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    /** The HTML and plain text of an entry. */
    record Text(String html, String text) {
    }

    EntryCache(Path dir) {
        this.dir = dir;
    }

    Text get(String inputs, Supplier<Text> make) {
        if (dir == null) {
            return make.get();
        }
        String key = PageCache.sha256(PageCache.codeFingerprint() + "\n" + inputs);
        Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".json");
        try {
            if (Files.isRegularFile(file)) {
                return JSON.readValue(file.toFile(), Text.class);
            }
        } catch (IOException e) {
            // made again below
        }
        Text text = make.get();
        try {
            AtomicFiles.replace(file, JSON.writeValueAsBytes(text));
        } catch (IOException e) {
            // a cache that cannot be written only costs time
        }
        return text;
    }
}
