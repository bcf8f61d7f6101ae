package org.advisorycompare.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nu.validator.client.EmbeddedValidator;
import org.advisorycompare.error.Problem;
import org.advisorycompare.files.AtomicFiles;
import org.advisorycompare.model.Sha256;

/**
 * Every page through the Nu HTML Checker (the checker behind validator.w3.org/nu), embedded: each error, or
 * fatal error, is a problem naming the page and the line. Pages are checked on every core, without the
 * checker's language detection (the site declares its language). The checker takes some 50-100 ms a page, so
 * the pages found valid are remembered by the SHA-256 of their bytes ({@code <cache>/html-valid.txt}): a later
 * check validates only the pages that changed since, and a site of years of history is checked in seconds.
 */
final class HtmlValidity {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CACHE_FILE = "html-valid.txt";

    private HtmlValidity() {
    }

    /** The problems of {@code pages} of the site; {@code cache}: the folder remembering valid pages (null: none). */
    static List<Problem> of(Path site, List<String> pages, Path cache) {
        Set<String> known = read(cache);
        Set<String> valid = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Problem> problems = pages.parallelStream().flatMap(page -> {
            byte[] bytes = bytes(site.resolve(page));
            String hash = bytes == null ? null : Sha256.of(bytes);
            List<Problem> found = hash != null && known.contains(hash) ? List.of() : errors(bytes, page);
            if (hash != null && found.isEmpty()) {
                valid.add(hash);
            }
            return found.stream();
        }).toList();
        write(cache, valid);
        return problems;
    }

    /** The checker's errors in a page's bytes (null: the page could not be read). */
    private static List<Problem> errors(byte[] bytes, String page) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        List<Problem> errors = new ArrayList<>();
        try {
            if (bytes == null) {
                throw new IOException("cannot be read");
            }
            for (JsonNode message : JSON.readTree(validator.validate(new java.io.ByteArrayInputStream(bytes)))
                    .path("messages")) {
                if (message.path("type").asText().equals("error") || message.path("subType").asText().equals("fatal")) {
                    errors.add(Problem.in(page, "is not valid HTML at line " + message.path("lastLine").asText() + ": "
                            + message.path("message").asText() + " (Nu HTML Checker)"));
                }
            }
        } catch (Exception e) { // the checker reports an unreadable page with its own exception types
            errors.add(Problem.in(page, "could not be checked as HTML: " + e.getMessage()));
        }
        return errors;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The hashes of pages found valid before; none when there is no cache or it cannot be read (all are checked). */
    private static Set<String> read(Path cache) {
        try {
            return cache == null || !Files.isRegularFile(cache.resolve(CACHE_FILE)) ? Set.of()
                    : new HashSet<>(Files.readAllLines(cache.resolve(CACHE_FILE), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** The hashes of the pages valid now, sorted: the file holds this site's pages only, so it does not grow. */
    private static void write(Path cache, Set<String> valid) {
        if (cache == null) {
            return;
        }
        try {
            Files.createDirectories(cache);
            AtomicFiles.replace(cache.resolve(CACHE_FILE), (String.join("\n", new java.util.TreeSet<>(valid)) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // a cache that cannot be written only costs time
        }
    }
}
