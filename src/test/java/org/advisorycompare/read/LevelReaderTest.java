package org.advisorycompare.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Level;
import org.junit.jupiter.api.Test;

class LevelReaderTest {
    private static final Country MALI = Countries.standard().byIso("ML").orElseThrow();
    private static final Country IVORY_COAST = Countries.standard().byIso("CI").orElseThrow();

    /**
     * Regression (a wrong level): FCDO's Ukraine page advises against all travel to "all other regions of Ukraine (with
     * the exception of some Western regions)" and against all but essential travel to those western regions; the site
     * read no advice for the rest of the country (N1). Every part is covered: the national level is the laxest, N3.
     */
    @Test
    void allOtherRegionsOfTheCountryWithAnExceptionCoverTheRestOfIt() {
        Country ukraine = Countries.standard().byIso("UA").orElseThrow();
        org.advisorycompare.model.Level level = LevelReader.uk(List.of("Areas where FCDO advises against travel",
                "FCDO advises against all travel to Crimea.",
                "FCDO advises against all travel to within 50km of the border with Belarus in the following regions:",
                "FCDO advises against all travel to all other regions of Ukraine (with the exception of some Western regions; see below).",
                "Areas where FCDO advises against all but essential travel",
                "FCDO advises against all but essential travel to the following regions in western Ukraine:"), ukraine);
        assertThat(level.national()).isEqualTo(3);
        assertThat(level.nationalDerived()).isTrue();
        assertThat(level.regional()).isEqualTo(4);
        assertThat(LevelReader.uk(List.of("FCDO advises against all travel to all other areas of the West Bank."), ukraine).national())
                .as("all other areas of somewhere else").isNull();
    }

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

    /** Regression (Mali, September 2025): all travel except an area, all but essential travel to that area, read as N1. */
    @Test
    void ukWholeCountryExceptAnAreaWithAdviceForThatAreaIsTheLeastStrictLevelEverywhereInTheSitesWords() {
        Level level = LevelReader.uk(List.of(
                "FCDO advises against all travel to Mali, except for within 15km of the Tower of Africa located in Bamako.",
                "FCDO also advises against all but essential travel  to the area within 15km of the Tower of Africa located in Bamako."), MALI);
        assertThat(level.national()).isEqualTo(3);
        assertThat(level.nationalDerived()).isTrue();
        assertThat(level.nationalNative()).startsWith("Every part of the country is under advice against all but essential travel");
        assertThat(level.nationalSource()).isEqualTo("FCDO also advises against all but essential travel to the area within 15km "
                + "of the Tower of Africa located in Bamako");
        assertThat(level.regional()).isEqualTo(4);
    }

    @Test
    void ukWholeCountryExceptAnAreaWithNoAdviceForThatAreaStatesNoNationalLevel() {
        Level level = LevelReader.uk(List.of("FCDO advises against all travel to Mali, except to Bamako."), MALI);
        assertThat(level.national()).isNull();
        assertThat(level.regional()).isEqualTo(4);
    }

    /** Regression (Israel, 16-26 June 2025): "currently" and a no-break space were missed, and the history flipped N4/N1. */
    @Test
    void ukCurrentlyAdvisesAgainstTheCountryAndAnotherPlaceIsNational() {
        Country israel = Countries.standard().byIso("IL").orElseThrow();
        Level level = LevelReader.uk(List.of(
                "FCDO currently\u00a0advises against all travel to Israel and the Occupied Palestinian Territories."), israel);
        assertThat(level.national()).isEqualTo(4);
        assertThat(level.nationalDerived()).isFalse();
        assertThat(level.nationalNative()).isEqualTo("FCDO currently advises against all travel to Israel and the Occupied "
                + "Palestinian Territories");
        assertThat(LevelReader.uk(List.of("FCDO continues to advise against all travel to Israel/the Occupied Palestinian Territories"),
                israel).national()).isEqualTo(4);
        assertThat(LevelReader.uk(List.of("FCDO now advises against all but essential travel to Israel and the Occupied "
                + "Palestinian Territories and now advises against all travel to Sheba'a Farms and Ghajjar."), israel))
                .extracting(Level::national, Level::regional).containsExactly(3, 4);
    }

    /** Regression (Israel, 2025): a heading without a full stop, "FCDO advises against all travel to Gaza". */
    @Test
    void ukStatementWithoutAFullStopIsRead() {
        Country israel = Countries.standard().byIso("IL").orElseThrow();
        Level level = LevelReader.uk(List.of("FCDO advises against all travel to Gaza"), israel);
        assertThat(level.regional()).isEqualTo(4);
        assertThat(level.regionalNative()).isEqualTo("FCDO advises against all travel to Gaza");
    }

    /** Regression (Israel, 2025-2026): "the rest of the West Bank" is the rest of a region, not of the country. */
    @Test
    void ukTheRestOfARegionIsAPartNotTheRestOfTheCountry() {
        Country israel = Countries.standard().byIso("IL").orElseThrow();
        Level level = LevelReader.uk(List.of("FCDO advises against all travel to Gaza", "FCDO advises against all but essential travel to:",
                "the rest of the West Bank", "FCDO advises against all but essential travel to within 500m of the border with Lebanon."),
                israel);
        assertThat(level.national()).isNull();
        assertThat(level.regional()).isEqualTo(4);
    }

    /** Regression (Mali, March 2020): a summary part holding only the "Stay at home" banner read as "no advice" N1. */
    @Test
    void aWarningsPartTooShortToBeOneSaysNothingAboutTheWholeCountry() {
        String banner = "Stay at home\nOnly go outside for food, health reasons or work\nStay 2 metres (6ft) away from other people\n";
        assertThat(LevelReader.ukCompletePage(Level.UNKNOWN, "Summary", banner)).isEqualTo(Level.UNKNOWN);
        Level complete = LevelReader.ukCompletePage(Level.UNKNOWN, "Warnings and insurance", "Your travel insurance could be "
                + "invalidated if you travel against advice from the Foreign, Commonwealth & Development Office (FCDO). ".repeat(5));
        assertThat(complete.national()).isEqualTo(1);
        assertThat(complete.nationalDerived()).isTrue();
    }

    /** Regression (Mali, June 2018): the FCO published "the rest of Mal"; the history dropped to N1 for one version. */
    @Test
    void ukTheRestOfTheCountryCutShortIsStillTheRestOfTheCountry() {
        Level level = LevelReader.uk(List.of("The Foreign and Commonwealth Office (FCO) advise against all travel to:",
                "the provinces of Tombouctou, Kidal, Gao and Mopti",
                "The FCO advise against all but essential travel to the rest of Mal"), MALI);
        assertThat(level.national()).isEqualTo(3);
        assertThat(LevelReader.uk(List.of("FCDO advises against all travel to the north of Mali.",
                "FCDO advises against all but essential travel to the rest of Ma"), MALI).national())
                .as("two letters are not a name").isNull();
    }

    /** Regression (Ukraine, 2026): the regional wording read "... in the following regions:; FCDO advises ...". */
    @Test
    void aStatementThatIntroducesRegionsKeepsItsWordsWithoutTheColon() {
        Country ukraine = Countries.standard().byIso("UA").orElseThrow();
        Level level = LevelReader.uk(List.of("FCDO advises against all travel to Crimea.",
                "FCDO advises against all travel to within 50km of the border with Belarus in the following regions:"), ukraine);
        assertThat(level.regionalNative()).isEqualTo("FCDO advises against all travel to Crimea; FCDO advises against all travel "
                + "to within 50km of the border with Belarus in the following regions");
    }

    /** Regression (Mali 2018-2024, text captures): advice written as lists read as national N1. */
    @Test
    void ukListsAfterTravelToAreReadItemByItem() {
        Level level = LevelReader.uk(List.of("The following advice for Mali remains in place:",
                "The Foreign and Commonwealth Office (FCO)advise against all travel to:",
                "the provinces of Tombouctou, Kidal, Gao and Mopti",
                "areas of Segou province north of the Niger river",
                "The FCO advise against all but essential travel to:",
                "the rest of Mali, including Bamako",
                "Travel to Mali is subject to entry restrictions"), MALI);
        assertThat(level.national()).isEqualTo(3);
        assertThat(level.nationalDerived()).isTrue();
        assertThat(level.nationalSource()).isEqualTo("The FCO advise against all but essential travel to: the rest of Mali, including Bamako");
        assertThat(level.regional()).isEqualTo(4);
        assertThat(level.regionalNative()).as("every area of the strictest regional level, not the first alone")
                .isEqualTo("The Foreign and Commonwealth Office (FCO)advise against all travel to: the provinces of Tombouctou, "
                        + "Kidal, Gao and Mopti; The Foreign and Commonwealth Office (FCO)advise against all travel to: areas of "
                        + "Segou province north of the Niger river");
        Level covid = LevelReader.uk(List.of("The Foreign, Commonwealth & Development Office (FCDO) advises against all but essential travel to:",
                "the whole of Mali based on the current assessment of COVID-19 risks"), MALI);
        assertThat(covid.national()).isEqualTo(3);
        assertThat(covid.nationalDerived()).isFalse();
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
        assertThat(level.national()).as("every part covered: the least strict level everywhere").isEqualTo(3);
        assertThat(level.nationalDerived()).isTrue();
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
