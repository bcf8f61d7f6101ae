package org.advisorycompare.collect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the collector remembers between runs, in {@code <content>/collected/state.json}: validators for
 * conditional requests per URL, when each source and country was last checked, the size of the last
 * good feed and the last index of countries. Not history: it is rewritten whole, atomically.
 */
public final class CollectState {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** The stored form. */
    public static final class Data {
        public Map<String, Map<String, String>> validators = new TreeMap<>();
        public Map<String, String> lastChecked = new TreeMap<>();
        public Map<String, Integer> lastItemCount = new TreeMap<>();
        public Map<String, List<String>> lastIndex = new TreeMap<>();
    }

    private final Path file;
    private final Data data;

    private CollectState(Path file, Data data) {
        this.file = file;
        this.data = data;
    }

    public static CollectState load(Path collected) {
        Path file = collected.resolve("state.json");
        if (!Files.isRegularFile(file)) {
            return new CollectState(file, new Data());
        }
        try {
            return new CollectState(file, JSON.readValue(file.toFile(), Data.class));
        } catch (IOException e) {
            throw new ArchiveException(file + ": unreadable collector state (" + e.getMessage()
                    + "); move it aside to start afresh: only conditional requests and feed-size checks depend on it");
        }
    }

    /**
     * When the collector last checked each destination ({@code <source>/<folder>}: the newest check of any of its
     * URLs), found it unchanged or recorded it new; empty when no collection has run (documents only imported). A
     * fact of the content, so a rebuild of the same content says the same. An unreadable state says nothing.
     */
    public static Map<String, String> checkedByDestination(Path collected) {
        Map<String, String> checked = new TreeMap<>();
        try {
            CollectState.load(collected).data.lastChecked.forEach((key, when) -> {
                String destination = key.contains("|") ? key.substring(0, key.indexOf('|')) : key;
                checked.merge(destination, when, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            });
        } catch (ArchiveException e) {
            return Map.of();
        }
        return checked;
    }

    synchronized Fetcher.Validators validators(String url) {
        Map<String, String> v = data.validators.get(url);
        return v == null ? Fetcher.Validators.NONE : new Fetcher.Validators(v.get("etag"), v.get("last_modified"));
    }

    synchronized void validators(String url, String etag, String lastModified) {
        Map<String, String> v = new TreeMap<>();
        if (etag != null) {
            v.put("etag", etag);
        }
        if (lastModified != null) {
            v.put("last_modified", lastModified);
        }
        data.validators.put(url, v);
    }

    synchronized void checked(String sourceAndCountry, String when) {
        data.lastChecked.put(sourceAndCountry, when);
    }

    synchronized Integer lastItemCount(String source) {
        return data.lastItemCount.get(source);
    }

    synchronized void itemCount(String source, int count) {
        data.lastItemCount.put(source, count);
    }

    synchronized List<String> lastIndex(String source) {
        return data.lastIndex.getOrDefault(source, List.of());
    }

    synchronized void index(String source, List<String> keys) {
        data.lastIndex.put(source, new ArrayList<>(keys));
    }

    /** Writes the state atomically: a temporary file, flushed, then renamed over the old one. */
    synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".state-", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(data)));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ArchiveException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
