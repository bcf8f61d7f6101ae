package org.advisorycompare.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.site.SiteModel;

/**
 * The project's own documentation ({@code mvn -B verify site}: the user guide, the architecture, test, coverage
 * and dependency reports, Javadoc) under {@code project/} of the site, when the build is given it: its files as
 * they are, regular files only (a link is never followed).
 */
public final class ProjectDocsOutput implements Output {
    /** Where the documentation goes in the site. */
    public static final String FOLDER = "project/";

    @Override
    public void render(SiteModel model, BuildConfig config, Pages pages, Consumer<OutputFile> sink) {
        Path docs = config.projectDocs();
        if (docs == null) {
            return;
        }
        for (Path file : files(docs)) {
            String path = FOLDER + docs.relativize(file).toString().replace('\\', '/');
            try {
                sink.accept(new OutputFile(path, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new OutputException(path, e);
            }
        }
    }

    private static List<Path> files(Path docs) {
        try (Stream<Path> all = Files.walk(docs)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new OutputException(FOLDER, e);
        }
    }
}
