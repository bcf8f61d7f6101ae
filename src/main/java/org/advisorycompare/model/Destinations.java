package org.advisorycompare.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The crosswalk from each government's destinations to countries, read from {@code destinations.tsv}:
 * a row names a destination by its State Department page, its government's key or its name, and the
 * countries it covers. A destination with no row is placed by the country table's names and aliases
 * ({@link Countries}); a name that matches neither is not placed, never guessed.
 */
public final class Destinations {
    private final Countries countries;
    private final List<Row> rows;

    /** One row: {@code matches} are {@code page=...}, {@code key=...} or {@code name=...} (folded), any one matching. */
    record Row(Source source, String id, List<String> matches, List<Country> covers, List<String> names) {
    }

    private Destinations(Countries countries, List<Row> rows) {
        this.countries = countries;
        this.rows = List.copyOf(rows);
    }

    /** The crosswalk shipped with the application, over the standard country table. */
    public static Destinations standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Destinations STANDARD = load(Countries.standard());
    }

    private static Destinations load(Countries countries) {
        try (InputStream in = Destinations.class.getResourceAsStream("/destinations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("destinations.tsv is missing from the application");
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int[] number = {0};
            reader.lines().forEach(line -> {
                number[0]++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(row(line, number[0], countries));
                }
            });
            return new Destinations(countries, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read destinations.tsv", e);
        }
    }

    private static Row row(String line, int number, Countries countries) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 4) {
            throw new IllegalStateException("destinations.tsv line " + number + ": expected source, id, match and covers");
        }
        List<String> matches = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String match : cells[2].split("\\|")) {
            int eq = match.indexOf('=');
            String kind = eq < 0 ? "" : match.substring(0, eq);
            if (!List.of("page", "key", "name").contains(kind)) {
                throw new IllegalStateException("destinations.tsv line " + number + ": '" + match + "' is not page=, key= or name=");
            }
            String value = match.substring(eq + 1);
            if (kind.equals("name")) {
                names.add(value.strip());
            }
            matches.add(kind + "=" + (kind.equals("name") ? Countries.key(value) : value.toLowerCase(Locale.ROOT)));
        }
        List<Country> covers = new ArrayList<>();
        for (String iso : cells[3].trim().split("\\s+")) {
            covers.add(countries.byIso(iso).orElseThrow(() -> new IllegalStateException("destinations.tsv line " + number
                    + ": '" + iso + "' is not a code of countries.tsv")));
        }
        return new Row(Source.fromKey(cells[0]), cells[1], matches, covers, names);
    }

    public Countries countries() {
        return countries;
    }

    /**
     * Every name a reader may look a country up by: its own, the country table's other names, and the names the
     * governments give destinations that cover it ("Israel, the West Bank and Gaza" for Israel and for the
     * Palestinian Territories); each once, in that order.
     */
    public List<String> namesFor(Country country) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put(Countries.key(country.name()), country.name());
        countries.aliases(country).forEach(a -> names.putIfAbsent(Countries.key(a), a));
        for (Row row : rows) {
            if (row.covers().contains(country)) {
                row.names().forEach(n -> names.putIfAbsent(Countries.key(n), n));
            }
        }
        return List.copyOf(names.values());
    }

    /**
     * The destination a document of {@code source} names: by its page ({@code url}), its government's
     * key or its name (entities already decoded); empty when none of them places it.
     */
    public Optional<Destination> place(Source source, String name, String key, String url) {
        String page = page(url);
        String keyFolded = key == null ? null : key.strip().toLowerCase(Locale.ROOT);
        String nameFolded = name == null || name.isBlank() ? null : Countries.key(name);
        for (String wanted : new String[] {page == null ? null : "page=" + page, keyFolded == null ? null : "key=" + keyFolded,
                nameFolded == null ? null : "name=" + nameFolded}) {
            List<Row> found = wanted == null ? List.of()
                    : rows.stream().filter(r -> r.source() == source && r.matches().contains(wanted)).toList();
            if (found.size() == 1) {
                Row row = found.get(0);
                return Optional.of(new Destination(row.id(), key, name == null ? row.id() : name, url, row.covers()));
            }
            if (found.size() > 1) {
                return Optional.empty(); // one name for several destinations (told apart only by their pages)
            }
        }
        Optional<Country> country = countries.byName(name).or(() -> countries.byName(key));
        return country.map(c -> Destination.of(c).as(name, key, url));
    }

    /**
     * The destination of an archive folder ({@code ml}, {@code il~israel-west-bank-gaza}) of {@code source}:
     * the plain destination of its country, or the crosswalk row of its id; empty when neither exists.
     */
    public Optional<Destination> forFolder(Source source, String folder) {
        int tilde = folder.indexOf('~');
        Optional<Country> home = countries.byIso(tilde < 0 ? folder : folder.substring(0, tilde));
        if (tilde < 0) {
            return home.map(Destination::of);
        }
        String id = folder.substring(tilde + 1);
        return rows.stream().filter(r -> r.source() == source && r.id().equals(id) && home.equals(Optional.of(r.covers().get(0))))
                .findFirst().map(r -> new Destination(r.id(), null, r.id(), null, r.covers()));
    }

    /** The last part of a URL's path without ".html": the State Department's page name. */
    static String page(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String path = url.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return last.endsWith(".html") ? last.substring(0, last.length() - 5) : last;
    }
}
