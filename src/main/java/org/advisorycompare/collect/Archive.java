package org.advisorycompare.collect;

import org.advisorycompare.error.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.advisorycompare.read.RawDocument;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * The append-only archive of collected documents: {@code <root>/<source>/<folder>/<retrieved>-<sha8>.<ext>}, the
 * folder being the country's code, or {@code <iso2>~<id>} for a destination the crosswalk places ({@code destinations.tsv}),
 * with a {@code .provenance.json} sidecar beside each. Nothing here deletes or overwrites a file:
 * every write goes to a temporary file, is flushed to disk and then moved into a name that must not
 * exist yet, the document before its sidecar, so an interrupted write leaves no half-recorded snapshot.
 */
public final class Archive {
    /** The end of a sidecar's file name: {@code <document base>.provenance.json}. */
    public static final String SIDECAR_SUFFIX = ".provenance.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final Countries countries;

    public Archive(Path root, Countries countries) {
        this.root = root;
        this.countries = countries;
    }

    /** The snapshots of one folder of the archive ({@code <root>/<source>/<iso2>}), in name order. */
    public List<Snapshot> snapshots(String folder) {
        return snapshots(folder, name -> true);
    }

    /** The snapshots of one folder whose sidecar's file name {@code sidecars} accepts, in name order. */
    public List<Snapshot> snapshots(String folder, java.util.function.Predicate<String> sidecars) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.sorted().toList(); // listed once: each sidecar's document is found in this list
            return all.stream().filter(p -> p.getFileName().toString().endsWith(SIDECAR_SUFFIX)
                    && sidecars.test(p.getFileName().toString())).map(sidecar -> readSnapshot(sidecar, all)).toList();
        } catch (IOException e) {
            throw new ArchiveException("cannot list the archive folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every snapshot in the archive, ordered by source, country and retrieval time. */
    public List<Snapshot> snapshots() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            List<Snapshot> result = new ArrayList<>();
            Map<Path, List<Path>> listed = new java.util.HashMap<>(); // each folder listed once
            for (Path sidecar : files.filter(p -> p.getFileName().toString().endsWith(SIDECAR_SUFFIX)).sorted().toList()) {
                result.add(readSnapshot(sidecar, listed.computeIfAbsent(sidecar.getParent(), Archive::siblings)));
            }
            return result;
        } catch (IOException e) {
            throw new ArchiveException("cannot list the archive " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records a new snapshot; the name is derived from its retrieval time and hash, never reused. A
     * folder document becomes a folder of the same name holding its files.
     */
    Snapshot record(RawDocument raw, Sidecar sidecar, String extension) {
        Path folder = root.resolve(sidecar.source()).resolve(sidecar.folder());
        String base = sidecar.retrieved().replace(":", "").replace("-", "") + "-" + sidecar.sha256().substring(0, 12);
        Path document = folder.resolve(raw.isFolder() ? base : base + extension);
        Path sidecarFile = folder.resolve(base + SIDECAR_SUFFIX);
        try {
            Files.createDirectories(folder);
            if (isOrphanOf(document, sidecarFile, raw)) {
                // a run stopped between this very document and its sidecar: the document is kept, its sidecar written now
            } else if (raw.isFolder()) {
                writeNewFolder(document, raw);
            } else {
                writeNew(document, raw.bytes());
            }
            writeNew(sidecarFile, JSON.writeValueAsBytes(sidecar));
        } catch (IOException e) {
            throw new ArchiveException("cannot record " + document + ": " + e.getMessage(), e);
        }
        return readSnapshot(sidecarFile, List.of(document)); // never a listing of the folder: 10,000 records stay linear
    }

    /** Whether {@code document} is already there without its sidecar, with exactly these bytes (an interrupted record). */
    private static boolean isOrphanOf(Path document, Path sidecarFile, RawDocument raw) {
        if (!Files.exists(document, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.exists(sidecarFile)) {
            return false;
        }
        try {
            return RawDocument.load(document).sha256().equals(raw.sha256());
        } catch (RuntimeException e) {
            return false; // not the same bytes (or not readable): never overwritten, the write below says so
        }
    }

    /**
     * Documents without a sidecar (a run stopped between the two) and temporaries of stopped writes, as lines to
     * report. Temporaries ({@code .incoming-*}) older than {@code staleAfter} are removed; an orphan is kept (the
     * archive never deletes a collected document) and finished when the same document is recorded again.
     */
    public List<String> recover(java.time.Duration staleAfter) {
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return lines;
        }
        java.time.Instant before = java.time.Instant.now().minus(staleAfter);
        List<String> folders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                int depth = p.getNameCount() - root.getNameCount();
                if (p.getFileName().toString().startsWith(".incoming-")) {
                    if (Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                        deleteTree(p);
                        lines.add(p + ": a temporary left by a stopped write; removed");
                    }
                } else if (depth == 2 && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(root.relativize(p).toString());
                }
            }
        } catch (IOException e) {
            throw new ArchiveException("cannot look over the archive " + root + ": " + e.getMessage(), e);
        }
        orphans(folders).forEach(problem -> lines.add(problem.message()));
        return lines;
    }

    /**
     * The documents without a sidecar in these folders ({@code <source>/<folder>}) only, as lines to report: what a
     * build says of the folders it converts, without looking over the rest of the archive.
     */
    public List<Problem> orphans(java.util.Collection<String> folders) {
        List<Problem> lines = new ArrayList<>();
        for (String folder : folders) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (Path p : siblings(dir)) {
                String name = p.getFileName().toString();
                if (!name.endsWith(SIDECAR_SUFFIX) && !name.startsWith(".") && !Files.exists(p.resolveSibling(base(name) + SIDECAR_SUFFIX))) {
                    lines.add(new Problem(p.toString(), "a document without its provenance sidecar (a run stopped between the"
                            + " two); it never converts", "import or collect the same document again to finish it, or move it"
                            + " out of the archive"));
                }
            }
        }
        return lines;
    }

    /** A document's base name: its file name without the extension ({@code <retrieved>-<sha12>}). */
    private static String base(String name) {
        int dot = name.indexOf('.', name.indexOf('-') + 1);
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> children = Files.list(p)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(p);
    }

    private static void writeNewFolder(Path target, RawDocument raw) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target + " already exists; the archive never overwrites");
        }
        Path temp = Files.createTempDirectory(target.getParent(), ".incoming-");
        try {
            for (Map.Entry<String, byte[]> file : raw.files().entrySet()) {
                writeNew(temp.resolve(file.getKey()), file.getValue());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.isDirectory(temp)) {
                try (Stream<Path> leftovers = Files.list(temp)) {
                    for (Path p : leftovers.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void writeNew(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target + " already exists; the archive never overwrites");
        }
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Snapshot readSnapshot(Path sidecarFile) {
        return readSnapshot(sidecarFile, siblings(sidecarFile.getParent()));
    }

    /** The snapshot a sidecar describes; {@code siblings}: the files of its folder, in name order. */
    private Snapshot readSnapshot(Path sidecarFile, List<Path> siblings) {
        Sidecar sidecar = readSidecar(sidecarFile);
        String name = sidecarFile.getFileName().toString();
        String base = name.substring(0, name.length() - SIDECAR_SUFFIX.length());
        Path document = findDocument(siblings, base, sidecarFile);
        Country country = countries.byIso(sidecar.country()).orElseThrow(() -> new ArchiveException(
                sidecarFile + ": unknown country code '" + sidecar.country() + "'; fix the sidecar's \"country\""));
        Provenance provenance = new Provenance(sidecar.organisation(), sidecar.documentKind(), sidecar.url(),
                sidecar.retrieved(), sidecar.sha256(), sidecar.licence(), root.relativize(document).toString().replace('\\', '/'));
        return new Snapshot(Source.fromKey(sidecar.source()), country, document, provenance,
                new StatedDate(sidecar.published(), sidecar.publishedStated()));
    }

    private static Sidecar readSidecar(Path sidecarFile) {
        try {
            return JSON.readValue(sidecarFile.toFile(), Sidecar.class);
        } catch (JsonProcessingException e) {
            throw new ArchiveException(sidecarFile + ": not a valid provenance sidecar: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ArchiveException("cannot read " + sidecarFile + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> siblings(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new ArchiveException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The first file, in name order, named {@code base} or {@code base.<ext>} that is not a sidecar. */
    private static Path findDocument(List<Path> siblings, String base, Path sidecarFile) {
        return siblings.stream().filter(p -> {
            String n = p.getFileName().toString();
            return n.equals(base) || n.startsWith(base + ".") && !n.endsWith(SIDECAR_SUFFIX);
        }).findFirst().orElseThrow(() -> new ArchiveException(
                sidecarFile + ": the document it describes is missing (expected " + base + ".*)"));
    }
}
