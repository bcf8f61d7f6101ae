package org.advisorycompare.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A government's own unit of advice: a GOV.UK page, a State Department advisory page, a Canadian
 * destination. It has the government's name for it and its URL, and covers one or more countries
 * (placed by the crosswalk, {@code destinations.tsv}); its advice is shown on each covered country's page.
 *
 * @param id     the crosswalk row that placed it, or null for a destination that is plainly one country
 *               of the country table (then it is "the" destination of that country for its government)
 * @param key    the government's own key where known (GOV.UK slug, State Department page, Canada's code)
 * @param name   the government's own name for it, as the document states it
 * @param url    its official URL where known
 * @param covers the countries it covers, the first being where its archive folder is
 */
public record Destination(String id, String key, String name, String url, List<Country> covers) {
    public Destination {
        url = Urls.safe(url);
        covers = List.copyOf(covers);
        if (covers.isEmpty()) {
            throw new IllegalArgumentException("a destination covers at least one country: " + name);
        }
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a destination id is lower-case letters, digits and hyphens: " + id);
        }
    }

    /** The plain destination of one country: no crosswalk row, the country's own name. */
    public static Destination of(Country country) {
        return new Destination(null, null, country.name(), null, List.of(country));
    }

    /** The country whose archive and version folders hold this destination's documents. */
    public Country home() {
        return covers.get(0);
    }

    /** The folder under a source's archive: {@code ml} for a plain destination, {@code il~israel-west-bank-gaza} otherwise. */
    public String folder() {
        String iso = home().iso2().toLowerCase(Locale.ROOT);
        return id == null ? iso : iso + "~" + id;
    }

    /** Whether it is other than plainly one country (a composite, a part, a second page for one country). */
    public boolean placed() {
        return id != null;
    }

    /** The same destination as a document names it: its own name, key and URL where it states them. */
    public Destination as(String statedName, String statedKey, String statedUrl) {
        return new Destination(id, statedKey != null ? statedKey : key, statedName != null && !statedName.isBlank()
                ? statedName : name, statedUrl != null ? statedUrl : url, covers);
    }

    /** Same destination: same folder (the name, key and URL a document states may vary). */
    public boolean sameAs(Destination other) {
        return other != null && Objects.equals(id, other.id) && home().equals(other.home());
    }

    @Override
    public String toString() {
        return RecordText.of("Destination", id, key, name, url, covers);
    }
}
