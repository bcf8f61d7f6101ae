package org.advisorycompare.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Level;
import org.junit.jupiter.api.Test;

class LevelReaderTest {
    private static final Country MALI = Countries.standard().byIso("ML").orElseThrow();
    private static final Country IVORY_COAST = Countries.standard().byIso("CI").orElseThrow();

    @Test
    void ukAllTravelToTheWholeCountryIsNationalN4InItsOwnWords() {
        Level level = LevelReader.uk(List.of("FCDO advises against all travel to the whole of the Mali due to the unpredictable security conditions."), MALI);
        assertThat(level.national()).isEqualTo(4);
        assertThat(level.nationalNative()).isEqualTo("FCDO advises against all travel to the whole of the Mali due to the unpredictable security conditions");
        assertThat(level.regional()).isNull();
    }

    @Test
    void ukAllButEssentialTravelToTheCountryIsNationalN3() {
        Level level = LevelReader.uk(List.of("The FCDO advises against all but essential travel to Côte d’Ivoire."), IVORY_COAST);
        assertThat(level.national()).isEqualTo(3);
        assertThat(level.regional()).isNull();
    }

    @Test
    void ukAdviceAgainstTravelToPartsIsRegionalAndLeavesTheNationalLevelUnknown() {
        Level level = LevelReader.uk(List.of("FCDO advises against all travel to parts of Mali."), MALI);
        assertThat(level.national()).isNull();
        assertThat(level.regional()).isEqualTo(4);
        assertThat(level.regionalNative()).isEqualTo("FCDO advises against all travel to parts of Mali");
    }

    @Test
    void ukAdviceAgainstTheWholeCountryExceptAnAreaIsRegionalNotNational() {
        Level level = LevelReader.uk(List.of(
                "FCDO advises against all travel to Mali, except for within 15km of the Tower of Africa located in Bamako.",
                "FCDO also advises against all but essential travel  to the area within 15km of the Tower of Africa located in Bamako."), MALI);
        assertThat(level.national()).isNull();
        assertThat(level.regional()).isEqualTo(4);
    }

    @Test
    void ukStrictestNationalStatementWinsAndRegionalIsKeptApart() {
        Level level = LevelReader.uk(List.of(
                "FCDO advises against all travel to the Kidal region.",
                "FCDO advises against all but essential travel to Mali."), MALI);
        assertThat(level.national()).isEqualTo(3);
        assertThat(level.regional()).isEqualTo(4);
        assertThat(level.regionalNative()).isEqualTo("FCDO advises against all travel to the Kidal region");
    }

    /** Regression (Niger, 2025): the second clause "and advises against all travel to the rest of Niger" was missed. */
    @Test
    void ukSecondClauseAfterAndIsItsOwnStatementQuotedAsTheWholeSentence() {
        Country niger = Countries.standard().byIso("NE").orElseThrow();
        Level level = LevelReader.uk(List.of("FCDO advises against all but essential travel to the capital city of Niamey, "
                + "and advises against all travel to the rest of Niger."), niger);
        assertThat(level.national()).isNull();
        assertThat(level.regional()).isEqualTo(4);
        assertThat(level.regionalNative()).isEqualTo("FCDO advises against all but essential travel to the capital city "
                + "of Niamey, and advises against all travel to the rest of Niger");
    }

    @Test
    void ukTextWithoutAnAdviceStatementHasUnknownLevels() {
        assertThat(LevelReader.uk(List.of("There is a high threat of kidnapping across Mali."), MALI)).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void usLevelIsReadFromTheLevelPhraseWithTheSourceWording() {
        Level level = LevelReader.us("Mali - Level 4: Do Not Travel\nDo not travel to Mali for any reason.");
        assertThat(level.national()).isEqualTo(4);
        assertThat(level.nationalNative()).isEqualTo("Level 4: Do Not Travel");
    }

    @Test
    void usLevelTwoIsIncreasedCaution() {
        assertThat(LevelReader.us("France - Level 2: Exercise Increased Caution").national()).isEqualTo(2);
    }

    @Test
    void usTextThatOnlyParaphrasesAWarningHasAnUnknownLevel() {
        assertThat(LevelReader.us("The embassy warned its citizens against travelling to Mali for any reason."))
                .isEqualTo(Level.UNKNOWN);
    }
}
