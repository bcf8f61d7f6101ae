package org.advisorycompare.incremental;

import org.advisorycompare.output.OutputFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;

/**
 * Incremental rendering. Every cached page has a key: the SHA-256 of the tool's own code, the base
 * URL and the inputs the page shows, which for a page of a template include the key of that template
 * and the templates it uses (so a changed template re-renders only its pages). When the previous build's manifest
 * ({@value #MANIFEST}, written into the site) has the same key for a path, the page's bytes are taken
 * from the previous site instead of being rendered again. The manifest holds only keys, so an
 * incremental build and a full build write the same bytes.
 *
 * <p>The manifest also lists every other file of the site (key {@code -}) and, after a build without
 * errors, the key of all its inputs ({@value #INPUTS}): when that key is unchanged and every file is
 * still there, the site is up to date and the build has nothing to do. Pages made in a {@link Group}
 * carry its name in a third column, and the group's key is a line {@code .group/<name>}.
 */
public final class PageCache implements Pages {
    public static final String MANIFEST = ".build-manifest.tsv";
    /** The manifest line holding the key of the inputs of the build that made the site. */
    static final String INPUTS = ".inputs";
    private static final String NOT_CACHED = "-";
    /** Manifest lines {@code .group/<name>}: the key of a group of pages (see {@link #group}). */
    private static final String GROUP = ".group/";
    /** The previous site's manifest: keys by path, the pages of each group (see {@link #group}). */
    private final PreviousManifest previous;
    private final Path previousSite;
    private final String salt;
    private final String templates;
    private final TemplateKeys templateKeys;
    /** Versions are in many pages' inputs: each is encoded once per build. */
    private final InputKey.Shared shared;
    /** Where feeds keep their entries' texts between builds ({@code <cache>/feed-entries}); null: nowhere. */
    private final Path entries;
    private final Map<String, String> current;
    private final Map<String, String> currentGroups;
    private final AtomicInteger reused;
    private final AtomicInteger rendered;
    /** The group this view of the cache renders pages for; null for the site as a whole. */
    private final String group;

    PageCache(PreviousManifest previous, Path previousSite, String salt, BuildConfig config) {
        this.previous = previous;
        this.previousSite = previousSite;
        this.salt = salt;
        this.templates = templatesFingerprint(config);
        this.templateKeys = new TemplateKeys(config.templates());
        this.shared = new InputKey.Shared(java.util.Set.of(org.advisorycompare.model.AdvisoryVersion.class));
        this.entries = config.cache() == null ? null : config.cache().resolve("feed-entries");
        this.current = new HashMap<>(); // sorted when the manifest is written
        this.currentGroups = new HashMap<>();
        this.reused = new AtomicInteger();
        this.rendered = new AtomicInteger();
        this.group = null;
    }

    /** The same cache, recording the pages it makes as members of {@code group}. */
    private PageCache(PageCache cache, String group) {
        this.previous = cache.previous;
        this.previousSite = cache.previousSite;
        this.salt = cache.salt;
        this.templates = cache.templates;
        this.templateKeys = cache.templateKeys;
        this.shared = cache.shared;
        this.entries = cache.entries;
        this.current = cache.current;
        this.currentGroups = cache.currentGroups;
        this.reused = cache.reused;
        this.rendered = cache.rendered;
        this.group = group;
    }

    /** A cache over the site currently in {@code config.out()}; empty when there is none. */
    public static PageCache open(BuildConfig config) {
        return new PageCache(new PreviousManifest(config.out()), config.out(),
                InputKey.of(codeFingerprint(), config.baseUrl(), config.site()), config);
    }

    /**
     * A page that never changes without its inputs changing: reused when its key (the code, the base URL,
     * its path, the key of its template and the templates that uses, and its inputs) is unchanged.
     */
    @Override
    public OutputFile page(String path, String template, Record inputs, Supplier<String> render) {
        String key = InputKey.of(shared, salt, path, template == null ? null : templateKeys.of(template), inputs);
        return made(path, key, () -> OutputFile.text(path, render.get()));
    }

    @Override
    public OutputFile file(String path, Record inputs, Supplier<byte[]> make) {
        return made(path, fileKey(path, inputs), () -> new OutputFile(path, make.get()));
    }

    /** The key of a file not rendered from a template. */
    private String fileKey(String path, Record inputs) {
        return InputKey.of(shared, salt, path, null, inputs);
    }

    @Override
    public byte[] previous(String path, Record inputs) {
        if (!fileKey(path, inputs).equals(previous.keys().get(path))) {
            return null;
        }
        try {
            return Files.readAllBytes(previousSite.resolve(path));
        } catch (java.io.IOException e) {
            return null; // gone: the file is made from nothing
        }
    }

    private OutputFile made(String path, String key, Supplier<OutputFile> make) {
        record(path, key);
        if (key.equals(previous.keys().get(path))) {
            Path old = previousSite.resolve(path);
            if (Files.isRegularFile(old)) {
                reused.incrementAndGet();
                return OutputFile.reused(path, old);
            }
        }
        rendered.incrementAndGet();
        return make.get();
    }

    private void record(String path, String key) {
        synchronized (current) {
            current.put(path, key);
            if (group != null) {
                currentGroups.put(path, group);
            }
        }
    }

    /**
     * A part of the site whose pages show nothing but {@code inputs} (with the code, the base URL and
     * the templates): one country's pages, feeds and data. While its key is unchanged and its files
     * are all still there, the part is reused whole, without working out the key of each of its pages,
     * so that a build after a small change does not spend its time on the parts it did not touch.
     */
    public Group group(String name, Record inputs) {
        return new Group(name, InputKey.of(shared, salt, templates, name, inputs));
    }

    @Override
    public EntryTexts entries(String feed) {
        return new EntryCache(entries, feed, shared);
    }

    /** See {@link PageCache#group}. */
    public final class Group {
        private final String name;
        private final String key;

        private Group(String name, String key) {
            this.name = name;
            this.key = key;
        }

        /** Passes on every file of the group from the previous site, if it is unchanged and complete; else false. */
        public boolean reuse(Consumer<OutputFile> files) {
            if (!key.equals(previous.keys().get(GROUP + name))) {
                return false;
            }
            List<String> paths = previous.groups().getOrDefault(name, List.of());
            if (paths.isEmpty() || !paths.stream().allMatch(path -> Files.isRegularFile(previousSite.resolve(path)))) {
                return false;
            }
            PageCache members = new PageCache(PageCache.this, name);
            for (String path : paths) {
                members.record(path, previous.keys().get(path));
                reused.incrementAndGet();
                files.accept(OutputFile.reused(path, previousSite.resolve(path)));
            }
            done();
            return true;
        }

        /** The cache to render the group's pages with; {@link #done()} once they are all made. */
        public PageCache cache() {
            return new PageCache(PageCache.this, name);
        }

        /** Records the group's key: its pages were all made, so a later build may reuse them whole. */
        public void done() {
            synchronized (current) {
                current.put(GROUP + name, key);
            }
        }
    }

    /**
     * The manifest of this build, to be published with the site: every file ({@code paths}), the
     * cached pages with their keys, and {@code inputs} (null after a build with errors, which must run again).
     */
    public OutputFile manifest(List<String> paths, String inputs) {
        Map<String, String> all = new HashMap<>(2 * paths.size());
        paths.forEach(path -> all.put(path, NOT_CACHED));
        synchronized (current) {
            all.putAll(current);
        }
        // sorted once, as an array: a tree map of 200,000 paths was most of the work of writing the manifest
        String[] sorted = all.keySet().toArray(String[]::new);
        java.util.Arrays.parallelSort(sorted);
        StringBuilder text = new StringBuilder(128 * sorted.length);
        if (inputs != null) {
            text.append(INPUTS).append('\t').append(inputs).append('\n');
        }
        synchronized (current) {
            for (String path : sorted) {
                text.append(path).append('\t').append(all.get(path));
                String member = currentGroups.get(path);
                if (member != null) {
                    text.append('\t').append(member);
                }
                text.append('\n');
            }
        }
        return OutputFile.text(MANIFEST, text.toString());
    }

    /** The key of a build's inputs: the code, the templates, the base URL and the state of the content. */
    public String inputsKey(String contentState) {
        return InputKey.of(salt, templates, contentState);
    }

    /**
     * Whether the site was built from exactly these inputs, without errors, and all its files are still
     * there. Reads the manifest's first line and then streams its paths: an up-to-date site's keys are never held.
     */
    public boolean upToDate(String inputsKey) {
        if (!inputsKey.equals(previous.inputs())) {
            return false;
        }
        checkedFiles = previous.filesPresent(previousSite);
        return checkedFiles >= 0;
    }

    /** How many files {@link #upToDate} found the site has; -1 before. */
    private int checkedFiles = -1;

    /** Every file of the previous site, by its manifest; null when there is no previous site with a manifest. */
    public Set<String> previousPaths() {
        if (previous.keys().isEmpty()) {
            return null;
        }
        Set<String> paths = new HashSet<>(previous.keys().keySet());
        paths.removeIf(path -> !isFile(path));
        paths.add(MANIFEST);
        return paths;
    }

    /** How many files the previous site has, by its manifest. */
    public int previousFiles() {
        if (checkedFiles >= 0) {
            return checkedFiles + 1;
        }
        return (int) previous.keys().keySet().stream().filter(PageCache::isFile).count() + 1;
    }

    /** Whether a manifest entry is a file of the site, not the inputs key or a group's key. */
    static boolean isFile(String path) {
        return !path.equals(INPUTS) && !path.startsWith(GROUP);
    }

    public int reused() {
        return reused.get();
    }

    public int rendered() {
        return rendered.get();
    }

    public static String sha256(String text) {
        return org.advisorycompare.model.Sha256.of(text);
    }

    /** The hash of the running code: the jar's directory (see {@link #digestJar}), or every class file when running from a folder. */
    public static String codeFingerprint() {
        String known = codeFingerprint;
        if (known == null) {
            known = computeCodeFingerprint();
            codeFingerprint = known;
        }
        return known;
    }

    private static volatile String codeFingerprint;

    private static String computeCodeFingerprint() {
        try {
            Path code = Path.of(PageCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = org.advisorycompare.model.Sha256.digest();
            if (Files.isRegularFile(code)) {
                digestJar(digest, code);
            } else {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digestFile(digest, file);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "unknown-code-" + System.nanoTime(); // never matches: everything is rendered
        }
    }

    private static String templatesFingerprint(BuildConfig config) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(config.templates())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(config.templates().relativize(file)).append('\t')
                        .append(sha256(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))).append('\n');
            }
        } catch (IOException e) {
            return "unreadable-templates-" + System.nanoTime();
        }
        return all.toString();
    }

    /**
     * A jar by its central directory, read as bytes from the end of the file: every entry's name, size and CRC-32,
     * which change with any class or resource (so their checksums do). Checksumming those bytes as they are takes a
     * few milliseconds; listing and sorting the 20,000 entries (the Nu checker's among them) took 120 ms of every build.
     */
    private static void digestJar(MessageDigest digest, Path jar) throws IOException {
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(jar)) {
            long size = file.size();
            int tail = (int) Math.min(size, 65_557); // the end record and the longest comment a zip may have
            java.nio.ByteBuffer end = java.nio.ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            file.read(end, size - tail);
            for (int at = tail - 22; at >= 0; at--) {
                if (end.getInt(at) == 0x06054b50) { // end of central directory
                    long length = Integer.toUnsignedLong(end.getInt(at + 12));
                    long offset = Integer.toUnsignedLong(end.getInt(at + 16));
                    java.nio.ByteBuffer directory = java.nio.ByteBuffer.allocate((int) length);
                    file.read(directory, offset);
                    // two native checksums and the length, not SHA-256: a cold SHA-256 of 2 MB is most of a no-change build
                    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
                    crc.update(directory.flip());
                    java.util.zip.Adler32 adler = new java.util.zip.Adler32();
                    adler.update(directory.rewind());
                    digest.update((length + ":" + crc.getValue() + ":" + adler.getValue()).getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
        }
        throw new IOException(jar + " has no zip directory");
    }

    private static void digestFile(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }
}
