package org.advisorycompare.collect;

import java.util.List;
import java.util.function.Predicate;
import org.advisorycompare.model.Source;

/**
 * One government's official source. Another government is one new class: it fetches the documents
 * for the countries wanted and says which of its responses looked wrong.
 */
public interface SourceAdapter {
    Source source();

    /** The official origin (scheme and host) that {@code --endpoint} may replace. */
    String officialOrigin();

    /** The countries the source's own key (a GOV.UK slug by default) covers, as the crosswalk places it; empty when it does not. */
    default List<org.advisorycompare.model.Country> covers(String key, org.advisorycompare.model.Countries countries) {
        return org.advisorycompare.model.Destinations.standard().place(source(), null, key, null)
                .map(org.advisorycompare.model.Destination::covers).orElse(List.of());
    }

    /** How a recorded document is described in its provenance, e.g. "GOV.UK Content API JSON (collected)". */
    String documentKind();

    /** The file extension of a recorded document, e.g. ".json". */
    String extension();

    /** Why a response of this source is not fit to record (an error page where data was expected), or null. */
    String suspicion(Item item);

    /**
     * Fetches the current documents; {@code wanted} filters by the source's country key or ISO code;
     * {@code progress} is told after each response how many of how many are done.
     */
    Fetched fetch(Fetcher fetcher, CollectState state, String origin, Predicate<String> wanted, FetchProgress progress);

    /** Told after each response: {@code done} of {@code total} requests answered (or failed). */
    @FunctionalInterface
    interface FetchProgress {
        void fetched(int done, int total);
    }

    /** One response to consider: a document for one country, or "not modified". */
    record Item(String key, String url, byte[] body, String contentType, boolean notModified, String etag,
            String lastModified) {
    }

    /** What a source returned: the items, the responses set aside as suspicious, and the failures. */
    record Fetched(List<Item> items, List<Quarantined> quarantined, List<String> failures) {
    }

    /** A response that is not recorded as a version, with the reason and its bytes for inspection. */
    record Quarantined(String url, String reason, byte[] body) {
    }
}
