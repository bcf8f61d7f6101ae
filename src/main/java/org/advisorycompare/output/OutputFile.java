package org.advisorycompare.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One file of the built site: its path relative to the site root (with /) and its bytes, or, for a
 * page reused unchanged from the previous site, the previous file to link or copy ({@code bytes} null).
 */
public record OutputFile(String path, byte[] bytes, Path previous) {
    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    /** A page reused from the previous site, byte for byte. */
    public static OutputFile reused(String path, Path previous) {
        return new OutputFile(path, null, previous);
    }

    public OutputFile {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("output path must be relative and inside the site: " + path);
        }
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
