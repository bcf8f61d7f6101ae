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
                long[] kind = kinds.computeIfAbsent(kind(site.relativize(file).toString().replace('\\', '/')), k -> new long[2]);
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

    /** The page kind of a site path, from the URL layout. */
    static String kind(String path) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        if (name.equals("feed.xml") || name.equals("atom.xml") || name.equals("feed.json")) {
            return "feeds";
        } else if (path.startsWith("data/")) {
            return "open data";
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

    /** The report: one line per kind, then the total against the limit. */
    public static List<String> report(List<Kind> kinds, int versions) {
        List<String> lines = new ArrayList<>();
        long total = kinds.stream().mapToLong(Kind::bytes).sum();
        for (Kind k : kinds) {
            lines.add(String.format("  %-14s %8.1f MB %5.1f%% %7d files %7.1f KB each", k.name(), k.bytes() / 1e6,
                    total == 0 ? 0 : 100.0 * k.bytes() / total, k.files(), k.files() == 0 ? 0 : k.bytes() / 1e3 / k.files()));
        }
        lines.add(String.format("  site: %.1f MB, %.1f KB per version, %.0f%% of GitHub Pages' 1 GB%s", total / 1e6,
                versions == 0 ? 0 : total / 1e3 / versions, 100.0 * total / PAGES_LIMIT,
                total > PAGES_LIMIT ? ": TOO LARGE to publish on GitHub Pages" : total > PAGES_LIMIT / 2 ? ": past half the limit" : ""));
        return lines;
    }
}
