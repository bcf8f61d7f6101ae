package org.advisorycompare.collect;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A source with an index of countries and one JSON document per country (GOV.UK, Canada). A country
 * that vanished from the index is reported, never deleted; a country that fails is reported and the
 * others are still fetched.
 */
abstract class IndexedSourceAdapter implements SourceAdapter {
    /** The path of the index under the origin. */
    abstract String indexPath();

    /** The source's keys for the countries the index lists, sorted; throws when it lists none. */
    abstract List<String> keys(byte[] index) throws IOException;

    /** The path of one country's document under the origin. */
    abstract String countryPath(String key);

    @Override
    public Fetched fetch(Fetcher fetcher, CollectState state, String origin, Predicate<String> wanted, FetchProgress progress) {
        String indexUrl = origin + indexPath();
        List<String> keys;
        try {
            keys = keys(fetcher.get(URI.create(indexUrl), Fetcher.Validators.NONE).body());
        } catch (FetchException e) {
            return new Fetched(List.of(), List.of(), List.of(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return new Fetched(List.of(), List.of(new Quarantined(indexUrl, "the index is not the JSON list of countries",
                    new byte[0])), List.of());
        }
        List<Quarantined> quarantined = new ArrayList<>();
        for (String vanished : state.lastIndex(source().key())) {
            if (!keys.contains(vanished)) {
                quarantined.add(new Quarantined(indexUrl, "country '" + vanished + "' vanished from the index; its history is kept",
                        new byte[0]));
            }
        }
        state.index(source().key(), keys);
        List<String> failures = new ArrayList<>();
        return new Fetched(countries(fetcher, state, origin, keys.stream().filter(wanted).toList(), failures, progress),
                quarantined, failures);
    }

    /** Fetches the chosen countries two at a time (the fetcher also limits requests per host). */
    private List<Item> countries(Fetcher fetcher, CollectState state, String origin, List<String> chosen, List<String> failures,
            FetchProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<CompletableFuture<Item>> futures = chosen.stream()
                    .map(key -> CompletableFuture.supplyAsync(() -> {
                        Item item = country(fetcher, state, origin, key, failures);
                        progress.fetched(done.incrementAndGet(), chosen.size());
                        return item;
                    }, pool))
                    .toList();
            List<Item> items = new ArrayList<>();
            futures.forEach(f -> {
                Item item = f.join();
                if (item != null) {
                    items.add(item);
                }
            });
            return items;
        } finally {
            pool.shutdown();
        }
    }

    private Item country(Fetcher fetcher, CollectState state, String origin, String key, List<String> failures) {
        String url = origin + countryPath(key);
        try {
            Fetcher.Response r = fetcher.get(URI.create(url), state.validators(url));
            return new Item(key, url, r.body(), r.contentType(), r.notModified(), r.etag(), r.lastModified());
        } catch (FetchException e) {
            synchronized (failures) {
                failures.add(e.getMessage());
            }
            return null;
        } catch (IllegalArgumentException e) { // a malformed key in the index ("%zz"): that entry alone fails
            synchronized (failures) {
                failures.add(url + ": the index names '" + key + "', which makes no valid URL (" + e.getMessage() + "); skipped");
            }
            return null;
        }
    }

    @Override
    public String extension() {
        return ".json";
    }

    /** JSON was expected: an HTML page (a login wall, an error page served with 200) is not recorded. */
    @Override
    public String suspicion(Item item) {
        String head = new String(item.body(), 0, Math.min(item.body().length, 512), StandardCharsets.UTF_8).stripLeading()
                .toLowerCase(Locale.ROOT);
        boolean html = head.startsWith("<") || (item.contentType() != null && item.contentType().contains("html"));
        return html ? "an HTML page where JSON was expected" : null;
    }
}
