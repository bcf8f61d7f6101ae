package org.advisorycompare.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;

class DateReaderTest {
    @Test
    void britishDateKeepsItsWordsBesideTheIsoValue() {
        assertThat(DateReader.read("30 October 2025")).isEqualTo(new StatedDate("2025-10-30", "30 October 2025"));
    }

    @Test
    void americanDateIsRead() {
        assertThat(DateReader.read("July 31, 2023").iso()).isEqualTo("2023-07-31");
    }

    @Test
    void isoDateIsRead() {
        assertThat(DateReader.read("2025-10-29").iso()).isEqualTo("2025-10-29");
    }

    @Test
    void wordsThatAreNotADateAreUnknownNotGuessed() {
        assertThat(DateReader.read("last Tuesday")).isEqualTo(StatedDate.UNKNOWN);
        assertThat(DateReader.read("31 Octember 2025")).isEqualTo(StatedDate.UNKNOWN);
        assertThat(DateReader.read(null)).isEqualTo(StatedDate.UNKNOWN);
    }
}
