package org.advisorycompare.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A version's canonical Markdown text, identified by its SHA-256. It is either held, or stored
 * elsewhere (a file) and read again when needed, kept only while in use: a site of many years of
 * versions does not hold every text at once. Two bodies are equal when their hashes are.
 */
public final class Body {
    private final String sha256;
    private final String held;
    private final Supplier<String> load;

    private Body(String sha256, String held, Supplier<String> load) {
        this.sha256 = sha256;
        this.held = held;
        this.load = load == null ? null : new WeakMemo<>(load);
    }

    /** A body held in memory. */
    public static Body of(String text) {
        return new Body(sha256(Objects.requireNonNull(text, "body")), text, null);
    }

    /** A body stored elsewhere whose hash is known: {@code load} reads it again when it is needed. */
    public static Body stored(String sha256, Supplier<String> load) {
        return new Body(sha256, null, load);
    }

    /** The same text, stored elsewhere from now on (the held text is let go). */
    public Body storedIn(Supplier<String> load) {
        return stored(sha256, load);
    }

    public String text() {
        return held != null ? held : load.get();
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body b && b.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    /** The hash, not the text: enough to tell two bodies apart (in cache keys, for instance). */
    @Override
    public String toString() {
        return "sha256:" + sha256;
    }

    public static String sha256(String text) {
        return Sha256.of(text);
    }
}
