package org.advisorycompare.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.advisorycompare.model.Level;
import org.junit.jupiter.api.Test;

class ListedLevelsTest {
    private static final Level MALI = new Level(3, "Advice against all but essential travel", 4, "FCDO advises against all travel to Kidal");

    @Test
    void aListedVersionGivesTheWordsWhereTheyDifferFromItsVersionBefore() {
        assertThat(ViewFactory.levelText(MALI, null)).isEqualTo("N3 (Advice against all but essential travel); regional N4"
                + " (FCDO advises against all travel to Kidal)");
        assertThat(ViewFactory.levelText(MALI, new Level(3, "Advice against all but essential travel", 4, "FCDO advises against all travel to Gao")))
                .contains("(FCDO advises against all travel to Kidal)");
        assertThat(ViewFactory.levelText(MALI, new Level(2, "Advice against all but essential travel", 4, "FCDO advises against all travel to Kidal")))
                .contains("(Advice against all but essential travel)");
    }

    @Test
    void aListedVersionInItsVersionBeforesWordsGivesOnlyTheBadges() {
        assertThat(ViewFactory.levelText(MALI, MALI)).isEqualTo("N3; regional N4, in the same words as its version before");
        Level unstated = new Level(null, null, 4, "Do Not Travel To");
        assertThat(ViewFactory.levelText(unstated, unstated)).isEqualTo("level not stated; regional N4, in the same words as its version before");
    }

    /** Regression (Mali's history, US): "level not stated, in the same words as its version before", of no words. */
    @Test
    void aListedVersionWithNoLevelSaysSoWithoutRepeatingWordsItHasNot() {
        assertThat(ViewFactory.levelText(Level.UNKNOWN, Level.UNKNOWN)).isEqualTo("level not stated");
    }

    @Test
    void aListsLinksAreRelativeToItsPage() {
        assertThat(ViewFactory.relative("countries/israel/history/", "countries/israel/uk/abc/")).isEqualTo("../uk/abc/");
        assertThat(ViewFactory.relative("countries/isr/history/", "countries/israel/uk/abc/")).isEqualTo("../../israel/uk/abc/");
        assertThat(ViewFactory.relative("changes/2/", "countries/mali/")).isEqualTo("../../countries/mali/");
        assertThat(ViewFactory.relative("", "countries/mali/uk/abc/diff/")).isEqualTo("countries/mali/uk/abc/diff/");
        assertThat(ViewFactory.relative("countries/mali/history/", "countries/mali/")).isEqualTo("../");
    }
}
