package org.advisorycompare.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.advisorycompare.Golden;
import org.advisorycompare.text.Sections;
import org.advisorycompare.model.Section;
import org.junit.jupiter.api.Test;

class TopicRowsTest {
    /** Every converted body we have: golden reader outputs and the project's own versions. */
    static List<String> bodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Golden.ROOT), Files.walk(Path.of("content/advisories")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                int body = text.indexOf("\n---\n", 4);
                bodies.add(text.startsWith("country:") || text.startsWith("===") ? text.substring(text.indexOf("---\n") + 4)
                        : body > 0 && text.startsWith("---\n") ? text.substring(body + 5) : text);
            }
        }
        return bodies;
    }

    @Test
    void everySectionOfEitherDocumentLandsInExactlyOneRow() throws IOException {
        List<String> bodies = bodies();
        assertThat(bodies).hasSizeGreaterThan(15);
        for (int i = 0; i < bodies.size(); i++) {
            List<Section> us = Sections.of(bodies.get(i));
            List<Section> uk = Sections.of(bodies.get((i + 7) % bodies.size()));
            Map<Section, Integer> seen = new IdentityHashMap<>();
            for (TopicRow row : TopicRows.align(us, uk)) {
                row.us().forEach(s -> seen.merge(s, 1, Integer::sum));
                row.uk().forEach(s -> seen.merge(s, 1, Integer::sum));
                assertThat(row.us().isEmpty() && row.uk().isEmpty()).isFalse();
            }
            assertThat(seen).hasSize(us.size() + uk.size());
            assertThat(seen.values()).containsOnly(1);
        }
    }

    @Test
    void everyBlockOfTheTextIsInASection() {
        String text = "Lead paragraph.\n\n# Part\n\n## Terrorism\n\nOne.\n\n* item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assertThat(Sections.of(text)).extracting(Section::path, Section::blocks).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", List.of("Lead paragraph.")),
                org.assertj.core.groups.Tuple.tuple("Part", List.of()),
                org.assertj.core.groups.Tuple.tuple("Part › Terrorism", List.of("One.", "• item", "a | b", "1 | 2")));
    }

    @Test
    void topicsFollowHeadingsThenTheHeadingsAbove() {
        List<Section> sections = Sections.of("Lead.\n\n# Safety and security\n\nIntro.\n\n## Terrorist kidnap\n\nA.\n\n"
                + "## Crime\n\nB.\n\n# Warnings and insurance\n\n## Areas where FCDO advises against travel\n\n### Gaza\n\nC.\n\n"
                + "## UK government support\n\nD.\n\n**Do Not Travel To:**\n\n## Unrest\n\nE.\n");
        assertThat(sections).extracting(Topic::of).containsExactly(Topic.SUMMARY, Topic.OTHER, Topic.KIDNAPPING,
                Topic.CRIME, Topic.SUMMARY, Topic.REGIONAL_RISKS, Topic.REGIONAL_RISKS, Topic.DEPARTURE, Topic.POLITICAL);
    }
}
