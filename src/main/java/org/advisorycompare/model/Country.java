package org.advisorycompare.model;

import java.util.Objects;

/**
 * A country or territory: ISO 3166-1 alpha-2 code (upper case), English short name and the URL slug
 * (lower-case name, hyphenated, accents folded: {@code cote-d-ivoire}) and the region of the world
 * (UN M49 top level: Africa, Americas, Asia, Europe, Oceania, Antarctica).
 */
public record Country(String iso2, String name, String slug, String region) implements Comparable<Country> {
    public Country {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        if (!isCode(iso2)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + iso2);
        }
    }

    /** Two letters A to Z (no regular expression: a country is made for every version read). */
    private static boolean isCode(String text) {
        return text.length() == 2 && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z' && text.charAt(1) >= 'A' && text.charAt(1) <= 'Z';
    }

    @Override
    public int compareTo(Country other) {
        int byName = slug.compareTo(other.slug);
        return byName != 0 ? byName : iso2.compareTo(other.iso2);
    }

    @Override
    public String toString() {
        return RecordText.of("Country", iso2, name, slug, region);
    }
}
