package org.advisorycompare.model;

/**
 * A record's text for cache keys and logs, {@code Name[a, b, c]}. The records' own {@code toString}
 * formats with {@code String.format} on Java 17, and page keys of a whole site made that a large
 * part of an incremental build.
 */
final class RecordText {
    private RecordText() {
    }

    static String of(String name, Object... values) {
        StringBuilder text = new StringBuilder(name).append('[');
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return text.append(']').toString();
    }
}
