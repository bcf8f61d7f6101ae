package org.advisorycompare.realdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real published advisories in {@code ../shared/realdata}; tests that need them skip where absent. */
final class RealData {
    private RealData() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("advisorycompare.shared", "../shared")).resolve("realdata");
        assumeTrue(Files.isDirectory(root), "skipping: real samples not found at " + root.toAbsolutePath()
                + " (they live in ../shared/realdata beside a checkout)");
        return root;
    }

    /** The entries (version folders or files) of one country folder of one source, in name order. */
    static List<Path> versions(String source, String country) {
        return children(root().resolve(source).resolve(country));
    }

    /** Every version of every country of one source (country folders starting with '_' are not countries). */
    static List<Path> allVersions(String source) {
        return children(root().resolve(source)).stream()
                .filter(p -> !p.getFileName().toString().startsWith("_"))
                .flatMap(country -> children(country).stream())
                .toList();
    }

    static List<Path> children(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
