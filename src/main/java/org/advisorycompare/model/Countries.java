package org.advisorycompare.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one country table: ISO code, English short name and the other names documents use (Burma,
 * Ivory Coast, Türkiye...), read from {@code countries.tsv}. Lookups fold case, accents, "&amp;" and
 * "St." so that "Côte d’Ivoire" and "Cote d'Ivoire" meet; a name that matches nothing is absent,
 * never guessed.
 */
public final class Countries {
    private final Map<String, Country> byIso = new TreeMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, List<String>> aliases = new HashMap<>();

    private Countries() {
    }

    /** The table shipped with the application. */
    public static Countries standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Countries STANDARD = load();
    }

    private static Countries load() {
        try (InputStream in = Countries.class.getResourceAsStream("/countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv is missing from the application");
            }
            Countries table = new Countries();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(table::addRow);
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read countries.tsv", e);
        }
    }

    private void addRow(String line) {
        String[] cells = line.split("\t", -1);
        Country country = new Country(cells[0], cells[1], slugOf(cells[1]), cells.length > 3 ? cells[3] : "");
        byIso.put(country.iso2(), country);
        byName.put(key(country.name()), country);
        if (cells.length > 2 && !cells[2].isBlank()) {
            for (String alias : cells[2].split("\\|")) {
                byName.put(key(alias), country);
                aliases.computeIfAbsent(country.iso2(), k -> new java.util.ArrayList<>()).add(alias.strip());
            }
        }
    }

    public Optional<Country> byIso(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byIso.get(iso2.trim().toUpperCase(Locale.ROOT)));
    }

    /** The country with this name, slug or alias; empty when the name is not in the table. */
    public Optional<Country> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The other names a country goes by in the table ("Burma" for Myanmar), as written. */
    public List<String> aliases(Country country) {
        return List.copyOf(aliases.getOrDefault(country.iso2(), List.of()));
    }

    public Collection<Country> all() {
        return byIso.values();
    }

    /** The URL slug of a name: lower case, accents folded, runs of other characters become one hyphen. */
    public static String slugOf(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The folded form names are matched in: case, accents, "&amp;", "St."/"Saint" and a leading "The" folded. */
    static String key(String name) {
        String text = name.replace('’', '\'').replace("&", " and ").replaceAll("\\bSt\\.?\\s", "St ")
                .replaceAll("(?i)\\bSaint\\s", "St ");
        String slug = slugOf(text);
        return slug.startsWith("the-") ? slug.substring(4) : slug;
    }
}
