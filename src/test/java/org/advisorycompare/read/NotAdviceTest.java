package org.advisorycompare.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;

class NotAdviceTest {
    private static Extraction read(String title, Level level) {
        return new Extraction(Countries.standard().byIso("ML").orElseThrow(), title, level, StatedDate.UNKNOWN,
                StatedDate.UNKNOWN, StatedDate.UNKNOWN, null, Details.NONE,
                "Location: Bamako, Mali\n\nEvent: Spontaneous demonstrations throughout Bamako are possible.");
    }

    /** Regression (US Mali, imported 2026-11-22): embassy alerts became US versions that "no longer stated" Level 4. */
    @Test
    void anEmbassysAlertThatStatesNoLevelIsSetAsideNotAVersion() {
        assertThatThrownBy(() -> NotAdvice.check("2020-07-13_demonstration-alert-bamako-mali.txt",
                read("- U.S. Embassy Bamako, Mali", Level.UNKNOWN)))
                .isInstanceOf(NotAdviceException.class).hasMessageContaining("2020-07-13_demonstration-alert-bamako-mali.txt")
                .hasMessageContaining("an embassy's alert");
    }

    @Test
    void aReportAboutAnEmbassyIsNotTakenForItsAlert() {
        Extraction report = read("U.S. Embassy Urges Americans to Leave Mali Amid Rising Insecurity and Fuel Crisis", Level.UNKNOWN);
        assertThat(NotAdvice.check("000_bafa6810e777eeb8.txt", report)).isSameAs(report);
    }

    @Test
    void aDocumentThatStatesALevelIsReadWhateverItsTitleNames() {
        Extraction advisory = read("Mali Travel Advisory (U.S. Embassy Bamako)", new Level(4, "Level 4: Do Not Travel", null, null));
        assertThat(NotAdvice.check("mali.txt", advisory)).isSameAs(advisory);
    }
}
