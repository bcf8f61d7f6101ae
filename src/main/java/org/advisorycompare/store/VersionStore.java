package org.advisorycompare.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.advisorycompare.files.AtomicFiles;
import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Source;
import org.advisorycompare.error.Problem;

/**
 * The converted versions: {@code <root>/<source>/<destination folder>/<version>.md} (see {@link VersionLayout}). Writing is idempotent: a file
 * whose bytes would not change is not touched.
 */
public final class VersionStore {
    private final Path root;
    private final Countries countries;

    public VersionStore(Path root, Countries countries) {
        this.root = root;
        this.countries = countries;
    }

    /** The file of a version: {@code <root>/<source>/<destination folder>/<version>.md} (the folder is the country's code for a plain destination). */
    public Path path(AdvisoryVersion version) {
        return path(version.destination().folder(), version.source(), version.versionId());
    }

    /** The file of the version with this id, of this destination folder ({@code ml}, {@code il~israel-west-bank-gaza}) and source. */
    public Path path(String destinationFolder, Source source, String versionId) {
        return root.resolve(source.key()).resolve(destinationFolder).resolve(versionId + ".md");
    }

    /** Writes the version's file if it is missing or different; returns whether anything was written. */
    public boolean write(AdvisoryVersion version) {
        Path file = path(version);
        byte[] bytes = VersionFile.write(version).getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            AtomicFiles.replace(file, bytes);
            return true;
        } catch (IOException e) {
            throw new VersionStoreException(file.toString(), "cannot be written: " + e.getMessage(),
                    "check that the content folder is writable", e);
        }
    }

    /**
     * The version with its body read again from its file (as {@link #write} wrote it) when needed, not
     * held: a corpus of many years of versions does not hold every text at once.
     */
    public AdvisoryVersion stored(AdvisoryVersion version) {
        return VersionFile.storedAt(version, path(version));
    }

    /** Every version file under the root, in path order, and an error line for each unreadable one. */
    public Conversion readAll() {
        return readAll(java.util.Set.of());
    }

    /** Every version file except those at the given paths (as {@link #path} gives them). */
    public Conversion readAll(java.util.Set<String> except) {
        if (!Files.isDirectory(root)) {
            return new Conversion(List.of(), List.of());
        }
        try (Stream<Path> files = Files.walk(root)) {
            return read(files.toList(), except);
        } catch (IOException e) {
            throw new VersionStoreException(root.toString(), "cannot be read: " + e.getMessage(),
                    "check that the content folder is readable", e);
        }
    }

    /**
     * The version files among {@code files} (paths from the root, as a listing of it gives them), except
     * those at the given paths: what {@link #readAll(java.util.Set)} reads, without walking the folder again.
     */
    public Conversion readListed(List<String> files, java.util.Set<String> except) {
        return read(files.stream().map(root::resolve).toList(), except);
    }

    private Conversion read(List<Path> candidates, java.util.Set<String> except) {
        List<AdvisoryVersion> versions = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (Path file : candidates.stream().filter(p -> p.toString().endsWith(".md") && !except.contains(p.toString()))
                .sorted().toList()) {
            try {
                versions.add(VersionFile.readStored(file, Files.readString(file), countries));
            } catch (AdvisoryCompareException e) {
                errors.add(e.problem());
            } catch (IOException e) {
                errors.add(Problem.in(file.toString(), "cannot read: " + e.getMessage()));
            }
        }
        return new Conversion(versions, errors);
    }
}
