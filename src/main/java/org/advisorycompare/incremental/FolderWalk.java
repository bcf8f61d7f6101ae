package org.advisorycompare.incremental;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A walk over a folder tree that follows no links, as {@link Files#walkFileTree} does without options,
 * but reading each entry's attributes relative to its open folder where the system allows it
 * ({@link SecureDirectoryStream}): one short name to look up instead of the whole path, which made a
 * quarter of the system time of checking 300,000 content files for changes.
 */
final class FolderWalk {
    /** What the walk reports, each entry by its path from the walk's root, with '/'. */
    interface Visitor {
        /** A file, a link, or a folder at the greatest depth (which is not entered). */
        void entry(String path, BasicFileAttributes attributes);

        /** An entry whose attributes, or a folder whose entries, could not be read. */
        void failed(String path);
    }

    private static final LinkOption[] NO_LINKS = {LinkOption.NOFOLLOW_LINKS};

    private FolderWalk() {
    }

    /**
     * Walks {@code start}, whose path from the root is {@code path} ("" for the root itself), entering
     * folders up to {@code depth} levels below it. A start that is not a folder is reported as an entry.
     *
     * @throws IOException when a folder's listing breaks off while it is read
     */
    static void walk(Path start, String path, int depth, Visitor visitor) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(start, BasicFileAttributes.class, NO_LINKS);
        } catch (IOException e) {
            visitor.failed(path);
            return;
        }
        if (!attributes.isDirectory() || depth <= 0) {
            visitor.entry(path, attributes);
            return;
        }
        DirectoryStream<Path> entries;
        try {
            entries = Files.newDirectoryStream(start);
        } catch (IOException e) {
            visitor.failed(path);
            return;
        }
        try (entries) {
            walk(entries, path, 1, depth, visitor);
        }
    }

    private static void walk(DirectoryStream<Path> entries, String folder, int level, int depth, Visitor visitor)
            throws IOException {
        SecureDirectoryStream<Path> secure = entries instanceof SecureDirectoryStream<Path> s ? s : null;
        try {
            for (Path entry : entries) {
                Path name = entry.getFileName();
                String path = folder.isEmpty() ? name.toString() : folder + "/" + name;
                BasicFileAttributes attributes = attributes(secure, entry, name);
                if (attributes == null) {
                    visitor.failed(path);
                } else if (attributes.isDirectory() && level < depth) {
                    enter(secure, entry, name, path, level, depth, visitor);
                } else {
                    visitor.entry(path, attributes);
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
    }

    private static void enter(SecureDirectoryStream<Path> secure, Path entry, Path name, String path, int level, int depth,
            Visitor visitor) throws IOException {
        DirectoryStream<Path> sub;
        try {
            sub = secure != null ? secure.newDirectoryStream(name, NO_LINKS) : Files.newDirectoryStream(entry);
        } catch (IOException e) {
            visitor.failed(path);
            return;
        }
        try (sub) {
            walk(sub, path, level + 1, depth, visitor);
        }
    }

    /** The entry's own attributes (a link's, not its target's); null when they cannot be read. */
    private static BasicFileAttributes attributes(SecureDirectoryStream<Path> secure, Path entry, Path name) {
        try {
            return secure != null
                    ? secure.getFileAttributeView(name, BasicFileAttributeView.class, NO_LINKS).readAttributes()
                    : Files.readAttributes(entry, BasicFileAttributes.class, NO_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
