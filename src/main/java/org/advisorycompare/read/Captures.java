package org.advisorycompare.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.StatedDate;

/** What capture folders share: their JSON records and the capture time they state. */
public final class Captures {
    private static final Pattern FETCHED_AT = Pattern.compile("Fetched at: (\\S+)");

    private Captures() {
    }

    public static boolean hasFiles(RawDocument document, String... names) {
        return document.isFolder() && List.of(names).stream().allMatch(n -> document.file(n).isPresent());
    }

    /** A capture folder with this record file and at least one part file with this extension. */
    public static boolean isCapture(RawDocument document, String record, String partExtension) {
        return hasFiles(document, record) && document.files().keySet().stream().anyMatch(n -> n.endsWith(partExtension));
    }

    public static JsonNode json(RawDocument document, String fileName) {
        return Json.parse(new RawDocument(document.name() + "/" + fileName,
                java.util.Map.of(fileName, document.file(fileName).orElseThrow()), false));
    }

    /** The capture time a {@code _commit.json} record states ("Fetched at: ..." or its commit date), as UTC. */
    public static String captured(RawDocument document) {
        if (document.file("_commit.json").isEmpty()) {
            return null;
        }
        JsonNode commit = json(document, "_commit.json");
        Matcher fetched = FETCHED_AT.matcher(commit.path("commit_body").asText(""));
        String when = fetched.find() ? fetched.group(1) : commit.path("commit_date").asText(null);
        StatedDate instant = when == null ? StatedDate.UNKNOWN : Instants.read(when);
        return instant.known() && instant.iso().length() > 10 ? instant.iso() : null;
    }

    /** A part's title from its file name: "Warnings and insurance.md" or "warnings-and-insurance.txt". */
    public static String partTitle(String fileName) {
        String base = fileName.replaceFirst("\\.[a-z]+$", "").replace('-', ' ');
        return base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }

    public static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(Json.text(node, field));
    }
}
