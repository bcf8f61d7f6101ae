package org.advisorycompare.incremental;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.advisorycompare.files.AtomicFiles;
import org.advisorycompare.output.Pages;
import org.advisorycompare.output.Pages.EntryText;

/**
 * The text of one feed's entries as earlier builds made them ({@code <cache>/feed-entries/<feed>.json}),
 * keyed by the code, the change (its version, label and previous version) and the entry's link: a feed
 * that gains one entry computes only that entry's diff, not the other 49. One file per feed, holding
 * the entries it had last time only, so the cache does not grow with the history. Purely a cache: a
 * missing or damaged file makes its entries again, with the same bytes.
 */
final class EntryCache implements Pages.EntryTexts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, EntryText>> ENTRIES = new TypeReference<>() {
    };
    private final Path file;
    private final InputKey.Shared shared;
    private Map<String, EntryText> before;
    private final Map<String, EntryText> used = new LinkedHashMap<>();

    /** {@code dir}: the cache folder (null: no cache); {@code feed}: the feed's folder in the site. */
    EntryCache(Path dir, String feed) {
        this(dir, feed, InputKey.Shared.NONE);
    }

    EntryCache(Path dir, String feed, InputKey.Shared shared) {
        this.shared = shared;
        this.file = dir == null ? null : dir.resolve(PageCache.sha256(feed).substring(0, 32) + ".json");
    }

    @Override
    public EntryText get(Record inputs, Supplier<EntryText> make) {
        if (file == null) {
            return make.get();
        }
        String key = InputKey.of(shared, PageCache.codeFingerprint(), inputs);
        EntryText text = before().get(key);
        used.put(key, text != null ? text : make.get());
        return used.get(key);
    }

    /** Keeps the entries asked for since this cache was made, when they differ from the file's. */
    @Override
    public void save() {
        if (file == null || used.equals(before())) {
            return;
        }
        try {
            AtomicFiles.replace(file, JSON.writeValueAsBytes(used));
        } catch (IOException e) {
            // a cache that cannot be written only costs time
        }
    }

    private Map<String, EntryText> before() {
        if (before == null) {
            before = read();
        }
        return before;
    }

    private Map<String, EntryText> read() {
        try {
            return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), ENTRIES) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged: its entries are made again
        }
    }
}
