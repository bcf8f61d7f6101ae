package org.advisorycompare.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a built site weighs, by page kind (diff pages, version pages, feeds, open data, ...), against the publishing
 * target's limit: a GitHub Pages site may be no larger than 1 GB.
 */
public final class SiteSizes {
    /** GitHub Pages' limit on a published site. */
    public static final long PAGES_LIMIT = 1L << 30;

    /** One kind of file: how many and how many bytes. */
    public record Kind(String name, long files, long bytes) {
    }

    private SiteSizes() {
    }

    /** The kinds of the site's files, largest first. */
    public static List<Kind> of(Path site) {
        Map<String, long[]> kinds = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                long[] kind = kinds.computeIfAbsent(kind(path, file), k -> new long[2]);
                kind[0]++;
                kind[1] += Files.size(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + site + ": " + e.getMessage(), e);
        }
        List<Kind> list = new ArrayList<>();
        kinds.forEach((name, n) -> list.add(new Kind(name, n[0], n[1])));
        list.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
        return list;
    }

    static final String ARCHIVED_VERSIONS = "archived versions";
    static final String ARCHIVED_DIFFS = "archived diffs";

    /** The kind of a file: its path's, but for the small page an archived version leaves at its or its diff's URL. */
    private static String kind(String path, Path file) throws IOException {
        String kind = kind(path);
        boolean page = kind.equals("version pages") || kind.equals("diff pages");
        if (!page || Files.size(file) > 4096 || !Files.readString(file).contains("http-equiv=\"refresh\"")) {
            return kind;
        }
        return kind.equals("diff pages") ? ARCHIVED_DIFFS : ARCHIVED_VERSIONS;
    }

    /** The page kind of a site path, from the URL layout. */
    static String kind(String path) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        if (name.equals("feed.xml") || name.equals("atom.xml") || name.equals("feed.json")) {
            return path.startsWith("countries/") ? "country feeds" : "feeds";
        } else if (path.startsWith("data/")) {
            return "open data";
        } else if (path.startsWith("countries/") && parts.length == 5 && parts[3].equals("archive")) {
            return name.endsWith(".gz") ? "archived texts" : "archive pages";
        } else if (path.startsWith("countries/") && parts.length == 6 && parts[4].equals("diff")) {
            return "diff pages";
        } else if (path.startsWith("countries/") && parts.length == 5) {
            return "version pages";
        } else if (path.startsWith("countries/") && parts.length == 4 && parts[2].equals("history")) {
            return "history pages";
        } else if (path.startsWith("countries/")) {
            return "country pages";
        } else if (path.startsWith("changes/")) {
            return "change lists";
        }
        return "other";
    }

    /** How many versions the site has: each has one page at its URL, its own or its archived version's link. */
    public static long versions(List<Kind> kinds) {
        return kinds.stream().filter(k -> k.name().equals("version pages") || k.name().equals(ARCHIVED_VERSIONS))
                .mapToLong(Kind::files).sum();
    }

    /** How many countries have a page ({@code countries/<slug>/index.html}). */
    public static int countries(Path site) {
        try (Stream<Path> folders = Files.list(site.resolve("countries"))) {
            return (int) folders.filter(f -> Files.isRegularFile(f.resolve("index.html"))).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The report: one line per kind, then the total against the limit. */
    public static List<String> report(List<Kind> kinds) {
        long versions = versions(kinds);
        List<String> lines = new ArrayList<>();
        long total = kinds.stream().mapToLong(Kind::bytes).sum();
        for (Kind k : kinds) {
            lines.add(String.format("  %-17s %8.1f MB %5.1f%% %7d files %7.1f KB each", k.name(), k.bytes() / 1e6,
                    total == 0 ? 0 : 100.0 * k.bytes() / total, k.files(), k.files() == 0 ? 0 : k.bytes() / 1e3 / k.files()));
        }
        lines.add(String.format("  site: %.1f MB, %.1f KB per version, %.0f%% of GitHub Pages' 1 GB%s", total / 1e6,
                versions == 0 ? 0 : total / 1e3 / versions, 100.0 * total / PAGES_LIMIT,
                total > PAGES_LIMIT ? ": TOO LARGE to publish on GitHub Pages" : total > PAGES_LIMIT / 2 ? ": past half the limit" : ""));
        return lines;
    }

    /**
     * Ten years of the real world (about 230 countries, three governments each, 5,000-6,000 versions a year: 60,000)
     * at this site's measured weights: a version with its own pages, an archived version (its two links, its entry and
     * its share of the compressed texts), what every version adds to histories, change lists and open data, and what
     * a country weighs whatever its history (its page and feeds: feeds hold a bounded number of entries, and in ten
     * years every country's are full, so {@code fullFeeds}, a full country's feeds as measured, prices them where known,
     * not below 0; below 0, the measured average).
     */
    public static String tenYears(List<Kind> kinds, int countries, int fullVersions, double fullFeeds) {
        Map<String, Kind> by = new java.util.HashMap<>();
        kinds.forEach(k -> by.put(k.name(), k));
        long versions = versions(kinds);
        long fullVersionsMeasured = files(by, "version pages");
        long archivedMeasured = files(by, ARCHIVED_VERSIONS);
        double perFull = per(bytes(by, "version pages", "diff pages"), fullVersionsMeasured);
        double perArchived = archivedMeasured == 0 ? perFull
                : per(bytes(by, ARCHIVED_VERSIONS, ARCHIVED_DIFFS, "archive pages", "archived texts"), archivedMeasured);
        double perVersion = per(bytes(by, "history pages", "change lists", "open data"), versions);
        double perCountry = per(bytes(by, "country pages"), countries)
                + (fullFeeds >= 0 ? fullFeeds : per(bytes(by, "country feeds"), countries));
        long world = 60_000;
        long full = Math.min(world, 230L * 3 * fullVersions);
        double projected = full * perFull + (world - full) * perArchived + world * perVersion + 230 * perCountry
                + bytes(by, "other", "feeds");
        return String.format("  ten years of the real world (60,000 versions of 230 countries from 3 governments, the newest"
                + " %d of each with pages of their own, each country's feeds %s): about %.0f MB, %.0f%% of GitHub Pages' 1 GB%s",
                fullVersions, fullFeeds >= 0 ? "full" : "as measured", projected / 1e6, 100 * projected / PAGES_LIMIT,
                archivedMeasured == 0 ? " (no archived version measured: priced as a full one)"
                        : archivedMeasured < FEW_ARCHIVED ? " (only " + archivedMeasured + " archived versions measured, each"
                                + " bearing a large share of its archive page's header and footer: priced high)" : "");
    }

    /**
     * What a country's three feeds weigh when full: the average over the countries whose RSS feed holds
     * {@code feedEntries} items; -1 where none does.
     */
    public static double fullCountryFeeds(Path site, int feedEntries) {
        long bytes = 0;
        int full = 0;
        try (Stream<Path> folders = Files.list(site.resolve("countries"))) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("feed.xml"))).toList()) {
                if (Files.readString(folder.resolve("feed.xml")).split("<item>", -1).length - 1 >= feedEntries) {
                    full++;
                    for (String name : List.of("feed.xml", "atom.xml", "feed.json")) {
                        bytes += Files.isRegularFile(folder.resolve(name)) ? Files.size(folder.resolve(name)) : 0;
                    }
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return full == 0 ? -1 : (double) bytes / full;
    }

    /** Fewer archived versions than this price an archived version high: its page's frame is shared by few. */
    static final int FEW_ARCHIVED = 100;

    private static long files(Map<String, Kind> by, String name) {
        return by.containsKey(name) ? by.get(name).files() : 0;
    }

    private static long bytes(Map<String, Kind> by, String... names) {
        long sum = 0;
        for (String name : names) {
            sum += by.containsKey(name) ? by.get(name).bytes() : 0;
        }
        return sum;
    }

    private static double per(long bytes, long count) {
        return count == 0 ? 0 : (double) bytes / count;
    }
}
