package org.advisorycompare.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Source;

/**
 * A whole archive folder (such as {@code ../shared/realdata}) as documents to import: capture folders (with an
 * {@code info.json}, {@code _commit.json} or {@code Advisory.md}) and single documents, found recursively; the
 * archive's own notes, indexes, schemas and reference lists (names starting with {@code _} or {@code .},
 * {@code reference/}, {@code dist/}, {@code *.tsv}, {@code *.yml}, READMEs and MANIFEST/FORMATS) are left out.
 * Each document gets the government its archive folder is named after ({@code us-…}, {@code uk-…},
 * {@code ca_…}) unless one is given, the country its country folder names (used only where the document
 * names none), its capture time (the folder's or file's capture stamp, else the collection date the
 * archive's MANIFEST.md states) and a kind naming the archive it came from.
 */
public final class ArchiveFolder {
    /** One document of an archive, with what its place in the archive says about it. */
    public record Document(Path path, Source source, String countryHint, String retrievedHint, String kind) {
    }

    private static final Pattern STAMP = Pattern.compile("(?:^|captured-)(\\d{4}-\\d\\d-\\d\\dT\\d\\d)(\\d\\d)(\\d\\d)(?:[_.]|$)");
    private static final Pattern ORIGIN = Pattern.compile("(?m)^\\| `([^`/]+)/` \\| ([^|(]+?)\\s*(?:\\(|\\|)");
    private static final Pattern COLLECTED = Pattern.compile("Collected (\\d{4}-\\d\\d-\\d\\d)");
    private static final Pattern SOURCE_FOLDER = Pattern.compile("^(us|uk|ca)[-_].*");
    private static final List<String> DOCUMENT_ENDINGS = List.of(".json", ".xml", ".html", ".htm", ".md", ".txt");

    private final Path root;
    private final Source given;
    private final Countries countries;
    private final Map<String, String> origins = new HashMap<>();
    private String collected;

    private ArchiveFolder(Path root, Source given, Countries countries) {
        this.root = root;
        this.given = given;
        this.countries = countries;
        readManifest(root.resolve("MANIFEST.md"));
    }

    /** Whether {@code path} is an archive of documents rather than one document (a file, or a capture folder). */
    public static boolean isArchive(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !isCapture(path);
    }

    /** The documents of an archive folder; {@code given}: the government chosen with --source, or null. */
    public static List<Document> documents(Path root, Source given, Countries countries) {
        ArchiveFolder archive = new ArchiveFolder(root, given, countries);
        List<Document> documents = new ArrayList<>();
        archive.walk(root, documents);
        return documents;
    }

    private void walk(Path folder, List<Document> documents) {
        for (Path child : children(folder)) {
            String name = child.getFileName().toString();
            if (skipped(name)) {
                continue;
            }
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && !isCapture(child)) {
                walk(child, documents);
            } else if (isCapture(child) || DOCUMENT_ENDINGS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith)) {
                documents.add(document(child));
            }
        }
    }

    private static boolean skipped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("_") || name.startsWith(".") || lower.equals("reference") || lower.equals("dist")
                || lower.endsWith(".tsv") || lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.startsWith("readme")
                || lower.equals("manifest.md") || lower.equals("formats.md") || lower.startsWith("licen");
    }

    private static boolean isCapture(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && (Files.exists(path.resolve("info.json"))
                || Files.exists(path.resolve("_commit.json")) || Files.exists(path.resolve("Advisory.md")));
    }

    private Document document(Path path) {
        Path relative = root.relativize(path);
        Source source = given != null ? given : sourceOf(relative).orElseThrow(() -> new ArchiveException(path
                + ": no --source given and no folder above it is named after a government (us-…, uk-…, ca_…); pass --source"));
        return new Document(path, source, countryHint(relative), retrievedHint(path), kind(relative, path));
    }

    private static Optional<Source> sourceOf(Path relative) {
        for (Path part : relative) {
            Matcher m = SOURCE_FOLDER.matcher(part.toString());
            if (m.matches()) {
                return Optional.of(Source.fromKey(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The country a folder on the way names ("burkina-faso"), nearest first. */
    private String countryHint(Path relative) {
        for (int i = relative.getNameCount() - 2; i >= 0; i--) {
            Optional<Country> named = countries.byName(relative.getName(i).toString());
            if (named.isPresent()) {
                return named.get().iso2();
            }
        }
        return null;
    }

    private String retrievedHint(Path path) {
        Matcher m = STAMP.matcher(path.getFileName().toString());
        if (m.find()) {
            return m.group(1) + ":" + m.group(2) + ":" + m.group(3) + "Z";
        }
        return collected == null ? null : collected + "T00:00:00Z";
    }

    private String kind(Path relative, Path path) {
        String folder = relative.getName(0).toString();
        String origin = origins.getOrDefault(folder, folder);
        String commit = commitOf(path);
        return "archived copy from " + origin + (commit == null ? "" : " (commit " + commit + ")");
    }

    private static String commitOf(Path path) {
        Path file = path.resolve("_commit.json");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            Matcher m = Pattern.compile("\"commit\"\\s*:\\s*\"([0-9a-f]{12})").matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void readManifest(Path manifest) {
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            String text = Files.readString(manifest, StandardCharsets.UTF_8);
            Matcher origin = ORIGIN.matcher(text);
            while (origin.find()) {
                origins.putIfAbsent(origin.group(1), origin.group(2).strip());
            }
            Matcher when = COLLECTED.matcher(text);
            collected = when.find() ? when.group(1) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new ArchiveException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
