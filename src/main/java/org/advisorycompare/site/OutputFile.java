package org.advisorycompare.site;

import java.nio.charset.StandardCharsets;

/** One file of the built site: its path relative to the site root (with /) and its bytes. */
public record OutputFile(String path, byte[] bytes) {
    public OutputFile {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("output path must be relative and inside the site: " + path);
        }
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
