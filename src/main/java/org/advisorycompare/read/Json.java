package org.advisorycompare.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON documents as every government's readers read them: parsed whole, a field's text or null. */
public final class Json {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Json() {
    }

    /** The document's JSON tree; a document that is not JSON is unreadable, naming where it breaks. */
    public static JsonNode parse(RawDocument document) {
        try {
            return JSON.readTree(document.text());
        } catch (JsonProcessingException e) {
            throw new UnreadableDocumentException(document.name(), "not valid JSON (" + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + "); it may be truncated");
        }
    }

    /** A field's text, stripped; null when it is missing, null or blank. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
