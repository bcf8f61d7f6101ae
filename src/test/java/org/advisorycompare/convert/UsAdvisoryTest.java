package org.advisorycompare.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsAdvisoryTest {
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
