package org.advisorycompare.collect;

import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import org.advisorycompare.model.Source;

/**
 * The US: the State Department's feed of every advisory, {@code /_res/rss/TAsTWs.xml}. The whole feed is
 * one response; it splits into one document per destination when recorded. A feed with far fewer items
 * than the last good one is set aside rather than recorded.
 */
public final class StateFeedAdapter implements SourceAdapter {
    static final String FEED = "/_res/rss/TAsTWs.xml";
    /** A feed with fewer than this share of the last good feed's items is suspicious. */
    static final double MIN_SHARE = 0.5;

    @Override
    public Source source() {
        return Source.US;
    }

    @Override
    public String officialOrigin() {
        return "https://travel.state.gov";
    }

    @Override
    public Fetched fetch(Fetcher fetcher, CollectState state, String origin, Predicate<String> wanted, FetchProgress progress) {
        String url = origin + FEED;
        try {
            Fetcher.Response r = fetcher.get(URI.create(url), state.validators(url));
            progress.fetched(1, 1);
            if (r.notModified()) {
                return new Fetched(List.of(new Item("feed", url, new byte[0], null, true, r.etag(), r.lastModified())), List.of(), List.of());
            }
            int items = count(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            Integer last = state.lastItemCount("us");
            if (last != null && items < last * MIN_SHARE) {
                return new Fetched(List.of(), List.of(new Quarantined(url, "the feed has " + items + " items, far fewer than the "
                        + last + " of the last good feed", r.body())), List.of());
            }
            return new Fetched(List.of(new Item("feed", url, r.body(), r.contentType(), false, r.etag(), r.lastModified())),
                    List.of(), List.of());
        } catch (FetchException e) {
            return new Fetched(List.of(), List.of(), List.of(e.getMessage()));
        }
    }

    @Override
    public String documentKind() {
        return "State Department RSS item (collected)";
    }

    @Override
    public String extension() {
        return ".xml";
    }

    @Override
    public String suspicion(Item item) {
        String head = new String(item.body(), 0, Math.min(item.body().length, 512), java.nio.charset.StandardCharsets.UTF_8)
                .toLowerCase(java.util.Locale.ROOT);
        return head.contains("<rss") ? null : "not an RSS feed" + (head.contains("<html") ? " (an HTML page)" : "");
    }

    static int count(String feed) {
        int n = 0;
        for (int i = feed.indexOf("<item"); i >= 0; i = feed.indexOf("<item", i + 1)) {
            n++;
        }
        return n;
    }
}
