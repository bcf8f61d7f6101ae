package org.advisorycompare.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Regression: a change note or --licence starting "=HYPERLINK(...)" became a live formula in data/advisories.csv. */
class CsvCellTest {
    @Test
    void aCellThatWouldStartAFormulaIsPrefixedAndNumbersAreNot() {
        assertThat(OpenDataOutput.cell("=HYPERLINK(\"https://evil.example\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"");
        assertThat(OpenDataOutput.cell("+1 call")).isEqualTo("'+1 call");
        assertThat(OpenDataOutput.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(OpenDataOutput.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(OpenDataOutput.cell(-3)).isEqualTo("-3");
        assertThat(OpenDataOutput.cell("Level 4: Do Not Travel")).isEqualTo("Level 4: Do Not Travel");
    }
}
