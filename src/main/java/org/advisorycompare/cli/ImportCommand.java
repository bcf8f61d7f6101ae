package org.advisorycompare.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.advisorycompare.collect.Archive;
import org.advisorycompare.collect.ArchiveFolder;
import org.advisorycompare.collect.ImportRequest;
import org.advisorycompare.collect.ImportResult;
import org.advisorycompare.collect.Importer;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.model.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: records documents collected by hand into content/collected. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Record documents collected by hand into CONTENT/collected (append-only).")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to record: files, capture folders, or whole "
            + "archive folders (such as ../shared/realdata), whose documents are found recursively.")
    List<Path> files;

    @Option(names = "--source", description = "Whose advice the documents carry: us, uk or ca (default: for an archive "
            + "folder, the government each of its folders is named after: us-..., uk-..., ca_...).")
    String source;

    @Option(names = "--country", paramLabel = "ISO2",
            description = "ISO 3166-1 alpha-2 code; needed only when a document does not name its country.")
    String country;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Published date (YYYY-MM-DD), used where the document states none.")
    String published;

    @Option(names = "--url", description = "Original URL of the document.")
    String url;

    @Option(names = "--kind", paramLabel = "TEXT",
            description = "Kind of document, e.g. \"news report of a U.S. Embassy alert\" (default: unspecified).")
    String kind;

    @Option(names = "--licence", paramLabel = "TEXT",
            description = "Licence of the document (default: the source government's own licence).")
    String licence;

    @Option(names = "--retrieved", paramLabel = "INSTANT",
            description = "When the document was retrieved, e.g. 2025-10-31T09:00:00Z (default: now).")
    String retrieved;

    @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    private final Clock clock;

    ImportCommand() {
        this(Clock.systemUTC());
    }

    ImportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Source chosen = source == null ? null : parseSource();
        checkRetrieved();
        Countries countries = Countries.standard();
        Importer importer = new Importer(new Archive(content.resolve("collected"), countries), Readers.standard(countries),
                countries, clock);
        ImportResult result = importer.importAll(requests(chosen, countries), new ProgressLine(spec.commandLine().getOut(),
                System.console() != null));
        var out = spec.commandLine().getOut();
        for (Snapshot s : result.recorded()) {
            out.printf("recorded %s (%s, %s)%n", s.file(), s.source().key(), s.country().name());
        }
        for (Snapshot s : result.alreadyCollected()) {
            out.printf("already collected as %s%n", s.file());
        }
        result.skipped().forEach(note -> out.printf("skipped %s%n", note));
        result.errors().forEach(e -> spec.commandLine().getErr().println("error: " + e.message()));
        out.printf("Imported: %d recorded, %d already collected, %d skipped, %d failed.%n", result.recorded().size(),
                result.alreadyCollected().size(), result.skipped().size(), result.errors().size());
        return result.errors().isEmpty() ? 0 : OneLineErrors.FAILURE;
    }

    /** One request for the plain files and one per document of each archive folder, with what the archive says of it. */
    private List<ImportRequest> requests(Source chosen, Countries countries) {
        List<ImportRequest> requests = new java.util.ArrayList<>();
        List<Path> plain = new java.util.ArrayList<>();
        for (Path file : files) {
            if (!ArchiveFolder.isArchive(file)) {
                plain.add(file);
                continue;
            }
            for (ArchiveFolder.Document d : ArchiveFolder.documents(file, chosen, countries)) {
                requests.add(new ImportRequest(List.of(d.path()), d.source(), country, published, url, kind == null ? d.kind() : kind,
                        licence, retrieved, d.countryHint(), d.retrievedHint()));
            }
        }
        if (!plain.isEmpty()) {
            if (chosen == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--source is needed for " + plain.get(0)
                        + " (only an archive folder's documents take their government from its folder names)");
            }
            requests.add(0, new ImportRequest(plain, chosen, country, published, url, kind, licence, retrieved));
        }
        return requests;
    }

    private Source parseSource() {
        try {
            return Source.fromKey(source);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source: " + e.getMessage());
        }
    }

    private void checkRetrieved() {
        if (retrieved == null) {
            return;
        }
        try {
            Instant.parse(retrieved);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--retrieved " + retrieved + " is not an instant such as 2025-10-31T09:00:00Z");
        }
    }
}
