package org.advisorycompare.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The texts of a country's archived versions from one government, as one gzip-compressed JSON file
 * ({@code countries/<slug>/<source>/archive/texts.json.gz}): {@code {"format": "advisory-compare-archive/1",
 * "versions": [...]}}, oldest first. Each version is its id and either {@code lines} (its text as HTML, one line of
 * the page's text each; a final line break is not kept) or {@code base} (the id of an earlier version in the file) and {@code edits}: {@code [at,
 * removed, [lines]]}, ascending, each replacing {@code removed} lines of the base from line {@code at} (0-based)
 * with {@code lines}; applied from the last to the first. Consecutive versions differ by a few lines, so the file
 * holds about one text and the changes: a small fraction of the pages it replaces. Byte for byte the same for the
 * same texts (gzip without a time stamp).
 */
public final class ArchiveTexts {
    static final String FORMAT = "advisory-compare-archive/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveTexts() {
    }

    /** One version's text, and the earlier version it is stored as edits of (null: stored whole). */
    record Text(String id, String html, String baseId) {
    }

    static byte[] of(List<Text> texts) {
        return write(new LinkedHashMap<>(), new ArrayList<Object>(), texts);
    }

    /**
     * The file {@link #of} makes of a file's texts and {@code added} after them, from that file ({@code before}) and
     * {@code added} alone: the same bytes, without the earlier texts; null where {@code before} is not such a file.
     */
    static byte[] append(byte[] before, List<Text> added) {
        List<Object> versions = new ArrayList<>();
        Map<String, List<String>> lines;
        try {
            JsonNode file = parse(before);
            if (!FORMAT.equals(file.path("format").asText())) {
                return null;
            }
            lines = lines(file);
            file.get("versions").forEach(versions::add);
        } catch (IOException | RuntimeException e) {
            return null; // not a file of this format: made again from every text
        }
        return write(lines, versions, added);
    }

    /** {@code lines}: the texts already in {@code versions}, by id; adds {@code texts} and writes the file. */
    private static byte[] write(Map<String, List<String>> lines, List<? super Map<String, Object>> versions,
            List<Text> texts) {
        for (Text text : texts) {
            List<String> mine = text.html().lines().toList();
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("id", text.id());
            List<String> base = text.baseId() == null ? null : lines.get(text.baseId());
            if (base == null) {
                version.put("lines", mine);
            } else {
                version.put("base", text.baseId());
                version.put("edits", edits(base, mine));
            }
            lines.put(text.id(), mine);
            versions.add(version);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FORMAT); // the same bytes whether a version comes from a map here or a node of a file
        file.put("versions", versions);
        return gzip(json(file));
    }

    private static List<List<Object>> edits(List<String> base, List<String> revised) {
        List<List<Object>> edits = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, revised).getDeltas()) {
            edits.add(List.of(delta.getSource().getPosition(), delta.getSource().size(), delta.getTarget().getLines()));
        }
        return edits;
    }

    /** Every version's text of a file {@link #of} made, by id, in the file's order: how a reader's script rebuilds them. */
    public static Map<String, String> read(byte[] gzipped) {
        try {
            Map<String, String> texts = new LinkedHashMap<>();
            lines(parse(gzipped)).forEach((id, text) -> texts.put(id, String.join("\n", text)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] gzipped) throws IOException {
        return JSON.readTree(new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped)));
    }

    /** Every version's lines, by id, in the file's order: each rebuilt from its base's and its edits. */
    private static Map<String, List<String>> lines(JsonNode file) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (JsonNode version : file.get("versions")) {
            lines.put(version.get("id").asText(), version.has("lines") ? strings(version.get("lines"))
                    : apply(lines.get(version.get("base").asText()), version.get("edits")));
        }
        return lines;
    }

    private static List<String> apply(List<String> base, JsonNode edits) {
        List<String> out = new ArrayList<>(base);
        for (int i = edits.size() - 1; i >= 0; i--) {
            JsonNode edit = edits.get(i);
            int at = edit.get(0).asInt();
            out.subList(at, at + edit.get(1).asInt()).clear();
            out.addAll(at, strings(edit.get(2)));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
