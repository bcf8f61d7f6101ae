package org.advisorycompare.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a page rendered from a template depends on: the template's own text and, through every
 * {@code <#import "…">} and {@code <#include "…">}, the texts of the templates it uses. A page's cache
 * key holds this, so a changed template re-renders the pages that use it and no others. A template that
 * names another by an expression (which cannot be followed) depends on the whole folder instead.
 */
final class TemplateKeys {
    private static final Pattern USES = Pattern.compile("<#(?:import|include)\\s+(\"([^\"]*)\"|'([^']*)'|[^\\s>]+)");
    private final Path folder;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    TemplateKeys(Path folder) {
        this.folder = folder;
    }

    /** The SHA-256 of the named template and every template it uses (names relative to the folder). */
    String of(String name) {
        return keys.computeIfAbsent(name, n -> PageCache.sha256(texts(n)));
    }

    private String texts(String name) {
        StringBuilder all = new StringBuilder();
        Set<Path> seen = new LinkedHashSet<>();
        if (!collect(folder.resolve(name).normalize(), seen)) {
            return wholeFolder();
        }
        for (Path file : seen) {
            all.append(folder.relativize(file)).append('\t').append(read(file)).append('\u0000');
        }
        return all.toString();
    }

    /** Adds the template and those it uses; false when one of them names another by an expression. */
    private boolean collect(Path file, Set<Path> seen) {
        if (!seen.add(file)) {
            return true;
        }
        Matcher uses = USES.matcher(read(file));
        while (uses.find()) {
            String literal = uses.group(2) != null ? uses.group(2) : uses.group(3);
            if (literal == null) {
                return false;
            }
            Path used = literal.startsWith("/") ? folder.resolve(literal.substring(1)) : file.getParent().resolve(literal);
            if (!collect(used.normalize(), seen)) {
                return false;
            }
        }
        return true;
    }

    /** Every file of the folder: what a template that cannot be followed may depend on. */
    private String wholeFolder() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).sorted()
                    .forEach(file -> all.append(folder.relativize(file)).append('\t').append(read(file)).append('\u0000'));
        } catch (IOException e) {
            return "unreadable-templates-" + System.nanoTime(); // never matches: every page is rendered
        }
        return all.toString();
    }

    /** A template's text; a missing one reads as a marker (rendering it reports the error). */
    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "missing-" + file;
        }
    }
}
