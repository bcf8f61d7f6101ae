package org.advisorycompare.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.advisorycompare.model.Source;

/**
 * The UK: the GOV.UK Content API. The index {@code /api/content/foreign-travel-advice} lists every
 * country ({@code links.children[].details.country.slug}); each is {@code .../foreign-travel-advice/<slug>}.
 * A country that vanished from the index is reported, never deleted.
 */
public final class UkContentApiAdapter implements SourceAdapter {
    static final String INDEX = "/api/content/foreign-travel-advice";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Source source() {
        return Source.UK;
    }

    @Override
    public String officialOrigin() {
        return "https://www.gov.uk";
    }

    @Override
    public Fetched fetch(Fetcher fetcher, CollectState state, String origin, Predicate<String> wanted) {
        List<Quarantined> quarantined = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String indexUrl = origin + INDEX;
        List<String> slugs;
        try {
            Fetcher.Response index = fetcher.get(URI.create(indexUrl), Fetcher.Validators.NONE);
            slugs = slugs(index.body());
        } catch (FetchException e) {
            return new Fetched(List.of(), List.of(), List.of(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return new Fetched(List.of(), List.of(new Quarantined(indexUrl, "the index is not the JSON list of countries", new byte[0])), List.of());
        }
        for (String vanished : state.lastIndex("uk")) {
            if (!slugs.contains(vanished)) {
                quarantined.add(new Quarantined(indexUrl, "country '" + vanished + "' vanished from the index; its history is kept", new byte[0]));
            }
        }
        if (!slugs.isEmpty()) {
            state.index("uk", slugs);
        }
        List<String> chosen = slugs.stream().filter(wanted).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Item>> futures = chosen.stream()
                    .map(slug -> CompletableFuture.supplyAsync(() -> country(fetcher, state, origin, slug, failures), pool))
                    .toList();
            List<Item> items = new ArrayList<>();
            futures.forEach(f -> {
                Item item = f.join();
                if (item != null) {
                    items.add(item);
                }
            });
            return new Fetched(items, quarantined, failures);
        } finally {
            pool.shutdown();
        }
    }

    private static Item country(Fetcher fetcher, CollectState state, String origin, String slug, List<String> failures) {
        String url = origin + INDEX + "/" + slug;
        try {
            Fetcher.Response r = fetcher.get(URI.create(url), state.validators(url));
            return new Item(slug, url, r.body(), r.contentType(), r.notModified(), r.etag(), r.lastModified());
        } catch (FetchException e) {
            synchronized (failures) {
                failures.add(e.getMessage());
            }
            return null;
        }
    }

    static List<String> slugs(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        List<String> slugs = new ArrayList<>();
        for (JsonNode child : root.path("links").path("children")) {
            String slug = child.path("details").path("country").path("slug").asText("");
            if (slug.isEmpty()) {
                slug = child.path("base_path").asText("").replaceFirst(".*/", "");
            }
            if (!slug.isEmpty()) {
                slugs.add(slug);
            }
        }
        if (slugs.isEmpty()) {
            throw new IOException("no countries in the index");
        }
        return slugs.stream().sorted().distinct().toList();
    }
}
