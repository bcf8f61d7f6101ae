package org.advisorycompare.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveFactsTest {
    private static Views.Fact fact(String label, String text) {
        return new Views.Fact(label, text, null, true);
    }

    @Test
    void eachFactIsStatedOnceAsMostVersionsHaveItAndInAnEntryOnlyWhereItDiffers() {
        List<Views.Fact> one = List.of(fact("Licence", "OGL"), fact("Copy", "commit 1"));
        List<Views.Fact> two = List.of(fact("Licence", "OGL"), fact("Copy", "commit 2"), fact("Dates read from", "x"));
        List<Views.Fact> three = List.of(fact("Licence", "other"), fact("Copy", "commit 2"));
        List<Views.Fact> common = ArchiveFacts.common(List.of(one, two, three));
        assertThat(common).containsExactly(fact("Licence", "OGL"), fact("Copy", "commit 2"), fact("Dates read from", "x"));
        assertThat(ArchiveFacts.own(one, common)).containsExactly(fact("Copy", "commit 1"));
        assertThat(ArchiveFacts.own(two, common)).isEmpty();
        assertThat(ArchiveFacts.own(three, common)).containsExactly(fact("Licence", "other"));
    }

    @Test
    void ofEqualCountsTheNewestListedIsCommon() {
        List<Views.Fact> newest = List.of(fact("Copy", "commit 9"));
        List<Views.Fact> older = List.of(fact("Copy", "commit 1"));
        assertThat(ArchiveFacts.common(List.of(newest, older))).containsExactly(fact("Copy", "commit 9"));
    }
}
