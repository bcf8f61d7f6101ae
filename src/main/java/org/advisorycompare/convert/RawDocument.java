package org.advisorycompare.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One collected document: a single file, or a capture folder of several files (one per page part,
 * with the scraper's {@code info.json} or {@code _commit.json}). Files are keyed by name, in name order.
 *
 * @param name     where the document came from, for messages (a path or URL)
 * @param isFolder whether it is a capture folder (even of one file) rather than a single file
 */
public record RawDocument(String name, Map<String, byte[]> files, boolean isFolder) {
    /** Documents larger than this are refused: no real advisory comes near it. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public RawDocument {
        files = new TreeMap<>(files);
    }

    /** The document at this path: the file, or every regular file directly inside the folder. */
    public static RawDocument load(Path path) {
        try {
            if (!Files.isDirectory(path)) {
                return single(path.toString(), Files.readAllBytes(path));
            }
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(child.getFileName().toString(), Files.readAllBytes(child));
                }
            }
            if (files.isEmpty()) {
                throw new UnreadableDocumentException(path.toString(), "is an empty folder");
            }
            return new RawDocument(path.toString(), files, true);
        } catch (IOException e) {
            throw new UnreadableDocumentException(path.toString(), "cannot read: " + e.getMessage());
        }
    }

    public static RawDocument single(String name, byte[] bytes) {
        String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return new RawDocument(name, Map.of(fileName, bytes), false);
    }

    /** The only file's bytes; for a folder, an error naming it. */
    public byte[] bytes() {
        if (isFolder) {
            throw new UnreadableDocumentException(name, "is a folder of " + files.size() + " files, not one document");
        }
        return files.values().iterator().next();
    }

    /** The only file's name (for a single document). */
    public String fileName() {
        return files.keySet().iterator().next();
    }

    public Optional<byte[]> file(String fileName) {
        return Optional.ofNullable(files.get(fileName));
    }

    /** A file's text, decoded strictly as UTF-8; the error names the document and the file. */
    public String text(String fileName) {
        byte[] bytes = files.get(fileName);
        if (bytes == null) {
            throw new UnreadableDocumentException(name, "has no file " + fileName);
        }
        return TextDecoder.decode(isFolder() ? name + "/" + fileName : name, bytes);
    }

    /** The text of the only file. */
    public String text() {
        bytes();
        return text(fileName());
    }

    /**
     * The SHA-256 of the document: of the bytes for a single file; for a folder, of its manifest
     * (one line per file: name, tab, the file's SHA-256), so that any changed byte changes it.
     */
    public String sha256() {
        if (!isFolder()) {
            return Converter.sha256(bytes());
        }
        StringBuilder manifest = new StringBuilder();
        files.forEach((fileName, bytes) -> manifest.append(fileName).append('\t').append(Converter.sha256(bytes)).append('\n'));
        return Converter.sha256(manifest.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The start of the only file, decoded leniently, for sniffing its shape. */
    public String head() {
        if (isFolder()) {
            return "";
        }
        byte[] bytes = bytes();
        return new String(bytes, 0, Math.min(bytes.length, 16384), StandardCharsets.UTF_8).stripLeading();
    }

    public long size() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
