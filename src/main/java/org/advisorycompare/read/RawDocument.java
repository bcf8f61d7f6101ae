package org.advisorycompare.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
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

    /**
     * The document at this path: the file, or every regular file directly inside the folder. A symbolic link
     * (the document, or any entry of its folder) or anything else that is not a regular file is refused, naming
     * it: a committed link must never publish a local file (a part linked to {@code .git/config}). The size is
     * checked before anything is read.
     */
    public static RawDocument load(Path path) {
        try {
            refuseLink(path, path);
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return single(path.toString(), readRegular(path, path));
            }
            Map<String, byte[]> files = new TreeMap<>();
            long total = 0;
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.sorted().toList()) {
                    refuseLink(path, child);
                    if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                        continue; // sub-folders are not parts of a capture
                    }
                    byte[] bytes = readRegular(path, child);
                    total += bytes.length;
                    if (total > MAX_BYTES) {
                        throw new UnreadableDocumentException(path.toString(), "is over " + MAX_BYTES / (1024 * 1024)
                                + " MB; documents that large are refused");
                    }
                    files.put(child.getFileName().toString(), bytes);
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

    private static void refuseLink(Path document, Path entry) {
        if (Files.isSymbolicLink(entry)) {
            throw new UnreadableDocumentException(document.toString(), (entry.equals(document) ? "is" : "holds " + entry.getFileName()
                    + ", which is") + " a symbolic link; links are refused (a document must be the collected bytes themselves)");
        }
    }

    /** A regular file's bytes, its size checked first; a device, pipe or other special file is refused. */
    private static byte[] readRegular(Path document, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new UnreadableDocumentException(document.toString(), (file.equals(document) ? "is" : "holds " + file.getFileName()
                    + ", which is") + " not a regular file; refused");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new UnreadableDocumentException(document.toString(), "is " + attributes.size() / (1024 * 1024)
                    + " MB; documents over " + MAX_BYTES / (1024 * 1024) + " MB are refused");
        }
        return Files.readAllBytes(file);
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
            return org.advisorycompare.model.Sha256.of(bytes());
        }
        StringBuilder manifest = new StringBuilder();
        files.forEach((fileName, bytes) -> manifest.append(fileName).append('\t').append(org.advisorycompare.model.Sha256.of(bytes)).append('\n'));
        return org.advisorycompare.model.Sha256.of(manifest.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The start of the only file, decoded leniently, for sniffing its shape. */
    public String head() {
        if (isFolder()) {
            return "";
        }
        byte[] bytes = bytes();
        // a byte-order mark is not content: a JSON file saved with one is still JSON
        return new String(bytes, 0, Math.min(bytes.length, 16384), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
    }

    public long size() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
