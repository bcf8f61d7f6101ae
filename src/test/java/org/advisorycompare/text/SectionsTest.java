package org.advisorycompare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.advisorycompare.model.Section;
import org.junit.jupiter.api.Test;

class SectionsTest {
    @Test
    void collapsesEachRunOfWhiteSpaceExactlyAsTheRegexItReplaced() {
        Random random = new Random(11);
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003.é"; // NBSP and em space are not \s: they stay
        for (int n = 0; n < 5000; n++) {
            StringBuilder input = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                input.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Sections.collapseSpaces(input)).as("for %s", input)
                    .isEqualTo(input.toString().replaceAll("\\s+", " "));
        }
    }

    @Test
    void keepsEachBlockAsWrittenAndItsTextWithSpacesCollapsed() {
        String markdown = "Lead  text\nwrapped.\n\n# Safety\n\n## Crime\n\nPickpockets   operate.\n\n* one\n  two\n* three\n\n"
                + "| Area | Advice |\n|---|---|\n| North | avoid |\n";
        List<Section> sections = Sections.of(markdown);
        assertThat(sections).extracting(Section::heading).containsExactly("", "Safety", "Crime");
        assertThat(sections.get(0).blocks()).containsExactly("Lead text wrapped.");
        assertThat(sections.get(0).markdown()).isEqualTo("Lead  text\nwrapped.\n");
        assertThat(sections.get(2).parents()).containsExactly("Safety");
        assertThat(sections.get(2).blocks()).containsExactly("Pickpockets operate.", "• one two", "• three",
                "Area | Advice", "North | avoid");
        assertThat(sections.get(2).markdown()).isEqualTo("## Crime\n\nPickpockets   operate.\n\n* one\n  two\n* three\n\n"
                + "| Area | Advice |\n|---|---|\n| North | avoid |\n");
    }
}
