package org.advisorycompare.store;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.text.Markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * The canonical file of one version: YAML front matter between {@code ---} lines, then the Markdown
 * body. A fact the document does not state is written {@code unknown}; a date keeps the source's own
 * words beside its ISO value.
 */
public final class VersionFile {
    static final String UNKNOWN = "unknown";
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // every string quoted: an id such as 123456e78901 or a date must never be re-typed on reading
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private VersionFile() {
    }

    public static String write(AdvisoryVersion v) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("country", map("iso2", v.country().iso2(), "name", v.country().name()));
        front.put("source", v.source().key());
        front.put("version", v.versionId());
        front.put("title", v.title());
        front.put("level", levelMap(v.level()));
        front.put("published", dateValue(v.published()));
        front.put("updated", dateValue(v.updated()));
        front.put("reviewed", dateValue(v.reviewed()));
        front.put("change_note", v.changeNote());
        front.put("source_key", v.details().sourceKey());
        front.put("regions", v.details().regions());
        front.put("risk_indicators", v.details().indicators());
        front.put("document_url", v.details().url());
        front.put("reader", v.details().reader());
        if (!v.details().readFrom().equals(org.advisorycompare.model.ReadFrom.NONE)) {
            org.advisorycompare.model.ReadFrom r = v.details().readFrom();
            front.put("read_from", map("level", r.level(), "date", r.date(), "change_note", r.changeNote()));
        }
        if (v.details().destination() != null) { // only a placed destination: a plain one is its country
            front.put("destination", destinationMap(v.details().destination()));
        }
        front.put("provenance", provenanceMap(v.provenance()));
        front.put("reviews", v.reviews().stream().map(VersionFile::reviewMap).toList());
        try {
            return "---\n" + YAML.writeValueAsString(front) + "---\n\n" + v.body();
        } catch (JsonProcessingException e) {
            throw new VersionStoreException(v.versionId(), "the front matter of this version cannot be written: "
                    + e.getMessage(), "this is a bug: please report it", e);
        }
    }

    /**
     * A version whose body stays in its file: read again from {@code path} when needed (and kept only
     * while in use), so that many versions can be loaded without holding every text.
     */
    public static AdvisoryVersion readStored(Path path, String text, Countries countries) {
        return storedAt(read(path.toString(), text, countries), path);
    }

    /** The version with its body no longer held but read again from its version file at {@code path} when needed. */
    static AdvisoryVersion storedAt(AdvisoryVersion version, Path path) {
        return version.with(version.content().storedIn(() -> bodyOf(path)));
    }

    /** The body of a version file on disk. */
    public static String bodyOf(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VersionStoreException(path.toString(), "cannot be read again: " + e.getMessage(),
                    "was it removed during the build? build again", e);
        }
        return text.substring(frontMatterEnd(path.toString(), text) + 5).stripLeading();
    }

    /** Where the front matter's closing {@code ---} line starts; throws naming the file when there is none. */
    private static int frontMatterEnd(String file, String text) {
        if (!text.startsWith("---\n")) {
            throw new UnreadableDocumentException(file, "no YAML front matter (the file must start with ---)");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new UnreadableDocumentException(file, "front matter is not closed by a --- line");
        }
        return end;
    }

    /**
     * A version file's version; anything wrong in a hand-edited one (a version id that is no folder name, such as
     * {@code ../..}; an unknown source; a value of the wrong type) is an error naming the file, never the build's.
     */
    /** What is wrong, in the words of the check that failed, never a library's type names. */
    private static String reason(RuntimeException e) {
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return first.isBlank() || first.matches(".*\\b(java|com|org)\\.[a-z].*|.*`.*") ? "a value is missing or of the wrong type"
                : first;
    }

    public static AdvisoryVersion read(String file, String text, Countries countries) {
        try {
            return readChecked(file, text, countries);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(file, "front matter is not a version file's: " + reason(e)
                    + " (delete the file and build again: it is converted again from content/collected)");
        }
    }

    /** Front matter larger than this is refused: YAML parsing slows down faster than linearly on long values. */
    static final int MAX_FRONT_MATTER_CHARS = 256 * 1024;

    private static AdvisoryVersion readChecked(String file, String text, Countries countries) {
        int end = frontMatterEnd(file, text);
        if (end > MAX_FRONT_MATTER_CHARS) {
            throw new UnreadableDocumentException(file, "front matter of " + end / 1024 + " KB, more than the "
                    + MAX_FRONT_MATTER_CHARS / 1024 + " KB a version file has; remove the file and build again to rewrite it");
        }
        Map<String, Object> front = parse(file, text.substring(4, end + 1));
        String body = text.substring(end + 5).stripLeading();
        Map<String, Object> c = child(front, "country");
        Country country = countries.byIso(str(c.get("iso2"))).orElseThrow(() ->
                new UnreadableDocumentException(file, "unknown country code '" + c.get("iso2") + "' in front matter"));
        String version = str(front.get("version"));
        if (version == null || !version.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) { // it names a folder of the site
            throw new UnreadableDocumentException(file, "version '" + version + "' is not a version id (letters, digits, - and _)");
        }
        List<AdvisoryVersion.Review> reviews = new ArrayList<>();
        for (Object r : (List<?>) front.getOrDefault("reviews", List.of())) {
            reviews.add(review(asMap(r)));
        }
        return new AdvisoryVersion(country, Source.fromKey(str(front.get("source"))), str(front.get("version")),
                str(front.get("title")), level(child(front, "level")), date(front.get("published")),
                date(front.get("updated")), date(front.get("reviewed")), str(front.get("change_note")),
                details(front, file, countries), provenance(child(front, "provenance")), reviews, body);
    }

    private static Map<String, Object> parse(String file, String yaml) {
        try {
            return asMap(YAML.readValue(yaml, Map.class));
        } catch (JsonProcessingException e) {
            throw new UnreadableDocumentException(file, "front matter is not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static Details details(Map<String, Object> front, String file, Countries countries) {
        return new Details(str(front.get("source_key")), strings(front.get("regions")),
                strings(front.get("risk_indicators")), str(front.get("document_url")), str(front.get("reader")), null,
                front.get("destination") == null ? null : destination(child(front, "destination"), file, countries),
                readFrom(child(front, "read_from")));
    }

    private static org.advisorycompare.model.ReadFrom readFrom(Map<String, Object> m) {
        return m.isEmpty() ? org.advisorycompare.model.ReadFrom.NONE
                : new org.advisorycompare.model.ReadFrom(str(m.get("level")), str(m.get("date")), str(m.get("change_note")));
    }

    private static Map<String, Object> destinationMap(org.advisorycompare.model.Destination d) {
        return map("id", d.id(), "key", d.key(), "name", d.name(), "url", d.url(),
                "covers", d.covers().stream().map(Country::iso2).toList());
    }

    private static org.advisorycompare.model.Destination destination(Map<String, Object> m, String file, Countries countries) {
        List<Country> covers = strings(m.get("covers")).stream().map(iso -> countries.byIso(iso).orElseThrow(() ->
                new UnreadableDocumentException(file, "unknown country code '" + iso + "' in destination.covers"))).toList();
        try {
            return new org.advisorycompare.model.Destination(str(m.get("id")), str(m.get("key")), str(m.get("name")),
                    str(m.get("url")), covers);
        } catch (IllegalArgumentException e) {
            throw new UnreadableDocumentException(file, "front matter destination: " + e.getMessage());
        }
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Map<String, Object> levelMap(Level level) {
        Map<String, Object> m = map("national", orUnknown(level.national()), "national_native", level.nationalNative(),
                "regional", orUnknown(level.regional()), "regional_native", level.regionalNative());
        if (level.nationalDerived()) {
            m.put("national_derived", true);
        }
        // the sentences read from, where they differ from the wording (a stated level's wording is its sentence)
        if (level.nationalSource() != null && !level.nationalSource().equals(level.nationalNative())) {
            m.put("national_source", level.nationalSource());
        }
        if (level.regionalSource() != null && !level.regionalSource().equals(level.regionalNative())) {
            m.put("regional_source", level.regionalSource());
        }
        return m;
    }

    private static Level level(Map<String, Object> m) {
        Integer national = intOrNull(m.get("national"));
        Integer regional = intOrNull(m.get("regional"));
        String nationalNative = str(m.get("national_native"));
        String regionalNative = str(m.get("regional_native"));
        boolean derived = Boolean.TRUE.equals(m.get("national_derived")) || "true".equals(m.get("national_derived"));
        Object nationalSource = m.containsKey("national_source") ? m.get("national_source") : derived || national == null ? null : nationalNative;
        Object regionalSource = m.containsKey("regional_source") ? m.get("regional_source") : regional == null ? null : regionalNative;
        return new Level(national, nationalNative, regional, regionalNative, derived, str(nationalSource), str(regionalSource));
    }

    private static Object dateValue(StatedDate date) {
        return date.known() ? map("value", date.iso(), "stated", date.stated()) : UNKNOWN;
    }

    private static StatedDate date(Object value) {
        if (value instanceof Map<?, ?> m) {
            return new StatedDate(str(m.get("value")), str(m.get("stated")));
        }
        return StatedDate.UNKNOWN;
    }

    private static Map<String, Object> provenanceMap(Provenance p) {
        return map("organisation", p.organisation(), "document_kind", p.documentKind(), "url", p.url(),
                "retrieved", p.retrieved(), "sha256", p.sha256(), "licence", p.licence(),
                "collected_file", p.collectedFile());
    }

    private static Provenance provenance(Map<String, Object> m) {
        return new Provenance(str(m.get("organisation")), str(m.get("document_kind")), str(m.get("url")),
                str(m.get("retrieved")), str(m.get("sha256")), str(m.get("licence")), str(m.get("collected_file")));
    }

    private static Map<String, Object> reviewMap(AdvisoryVersion.Review r) {
        return map("updated", dateValue(r.updated()), "reviewed", dateValue(r.reviewed()),
                "retrieved", r.retrieved(), "collected_file", r.collectedFile());
    }

    private static AdvisoryVersion.Review review(Map<String, Object> m) {
        return new AdvisoryVersion.Review(date(m.get("updated")), date(m.get("reviewed")),
                str(m.get("retrieved")), str(m.get("collected_file")));
    }

    private static Object orUnknown(Integer value) {
        return value == null ? UNKNOWN : value;
    }

    private static Integer intOrNull(Object value) {
        return value == null || UNKNOWN.equals(value) ? null : Integer.valueOf(value.toString());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? Map.of() : asMap(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
