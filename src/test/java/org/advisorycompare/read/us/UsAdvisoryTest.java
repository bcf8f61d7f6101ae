package org.advisorycompare.read.us;

import org.advisorycompare.read.RegionReader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsAdvisoryTest {
    /**
     * Regression (a missed regional level): the State Department words the areas of a titled advisory as "<Area> – Level 2:
     * Exercise Increased Caution" (with a non-breaking space) or as a level heading with the area on the next line; the
     * site read only "Do not travel to:" lists, so Thailand's border areas had no regional level and the strictest-anywhere
     * agreement compared the US's national level with the UK's regional one.
     */
    @Test
    void areaLinesAndLevelHeadingsOfATitledAdvisoryGiveItsRegionalLevel() {
        UsAdvisory.Title title = UsAdvisory.title("Thailand - Level 1: Exercise Normal Precautions").orElseThrow();
        org.advisorycompare.model.Level area = UsAdvisory.level(title, RegionReader.Regions.NONE,
                "Exercise normal precautions in Thailand.\n\n**Yala, Pattani, and Narathiwat Provinces – Level 2:\u00a0 Exercise Increased Caution**\n");
        assertThat(area.regional()).isEqualTo(2);
        assertThat(area.regionalNative()).isEqualTo("Yala, Pattani, and Narathiwat Provinces – Level 2: Exercise Increased Caution");
        org.advisorycompare.model.Level heading = UsAdvisory.level(UsAdvisory.title("Thailand - Level 2: Exercise Increased Caution")
                .orElseThrow(), RegionReader.Regions.NONE, "Intro.\n\n**Level 4 - Do Not Travel  \nThailand - Cambodia Border:**\n\nDo not travel.\n");
        assertThat(heading.regional()).isEqualTo(4);
        assertThat(heading.regionalNative()).isEqualTo("Level 4 - Do Not Travel Thailand - Cambodia Border:");
        assertThat(UsAdvisory.level(title, RegionReader.Regions.NONE, "**Thailand - Level 1: Exercise Normal Precautions**\n").regional())
                .as("the title itself is no area").isNull();
    }

    @Test
    void aWhollyEmphasisedFirstParagraphIsTheChangeNote() {
        assertThat(UsAdvisory.changeNote("***Reissued with obsolete COVID-19 page links removed.***\n\nDo not travel.\n"))
                .isEqualTo("Reissued with obsolete COVID-19 page links removed.");
        assertThat(UsAdvisory.changeNote("**_This Travel Advisory reflects updates._**\n\nText.\n"))
                .isEqualTo("This Travel Advisory reflects updates.");
        assertThat(UsAdvisory.changeNote("**Reissued after periodic review with updates for Chiapas, and Durango.**\n"))
                .isEqualTo("Reissued after periodic review with updates for Chiapas, and Durango.");
    }

    @Test
    void aFirstParagraphWithEmphasisInsideItIsNotAChangeNote() {
        assertThat(UsAdvisory.changeNote("**Do Not Travel** to Mali for any reason due to **crime, terrorism, kidnapping**, **unrest and health.**\n"))
                .isNull();
        assertThat(UsAdvisory.changeNote("**Do Not Travel To:**\n\n* Colima state\n")).isNull();
        assertThat(UsAdvisory.changeNote("Do not travel to Mali.\n")).isNull();
    }

    @Test
    void riskIndicatorsComeFromTheDueToClauseOnly() {
        assertThat(UsAdvisory.indicators("Do not travel to Mali due to **crime, terrorism,** and **kidnapping**.\n\nHealth care is limited.\n"))
                .containsExactly("C", "T", "K");
        assertThat(UsAdvisory.indicators("Exercise increased caution in Türkiye due to **terrorism** and **arbitrary detentions**.\n"))
                .containsExactly("T", "D");
        assertThat(UsAdvisory.indicators("Do not travel to Mali for any reason.\n\nCrime is common. Terrorists may attack.\n"))
                .isEmpty();
        assertThat(UsAdvisory.indicators("Reconsider travel due to crime, in order to prevent problems.\n")).containsExactly("C");
    }

    @Test
    void titleNamesTheDestinationAndLevelInTheSourcesWords() {
        assertThat(UsAdvisory.title("Mexico Travel Advisory - Level 2: Exercise Increased Caution")).get()
                .extracting(UsAdvisory.Title::name, UsAdvisory.Title::level, UsAdvisory.Title::nativeLevel)
                .containsExactly("Mexico", 2, "Level 2: Exercise Increased Caution");
        assertThat(UsAdvisory.title("Worldwide Caution")).isEmpty();
    }
}
