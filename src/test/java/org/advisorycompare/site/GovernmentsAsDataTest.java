package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Governments are data: the model (but for {@code Source}), site, history, render, feed and data code and
 * the templates name no government, so that adding one is a {@code Source} constant, its adapter and
 * readers (see the architecture page). The compared pair is {@code Source.comparedPair()}.
 */
class GovernmentsAsDataTest {
    private static final Pattern NAMED_IN_CODE = Pattern.compile("Source\\.(US|UK|CA)\\b|case (US|UK|CA)\\b|\\.(us|uk|ca)\\(\\)");
    private static final Pattern NAMED_IN_TEMPLATES = Pattern.compile("\\.(us|uk|ca|canada)\\b|\\b(us|uk|ca)(Html|Level|Changed)\\b");

    @Test
    void noStageAfterReadingNamesAGovernment() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("model", "site", "history", "render", "feed", "data")) {
            scan(Path.of("src/main/java/org/advisorycompare").resolve(pkg), ".java", NAMED_IN_CODE, found);
        }
        found.removeIf(line -> line.startsWith("src/main/java/org/advisorycompare/model/Source.java"));
        scan(Path.of("templates"), ".ftlh", NAMED_IN_TEMPLATES, found);
        assertThat(found).isEmpty();
    }

    private static void scan(Path folder, String suffix, Pattern named, List<String> found) throws IOException {
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (named.matcher(lines.get(i)).find()) {
                        found.add(file.toString().replace('\\', '/') + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
    }
}
