package org.advisorycompare.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "4, 4, agree", "4, 3, us_stricter", "2, 3, uk_stricter", "4, 2, material_disagreement",
        "1, 4, material_disagreement", "null, 4, cannot_compare", "4, null, cannot_compare", "null, null, cannot_compare"})
    void agreementFollowsTheNormalisedLevelsAndNeverGuessesUnknown(Integer us, Integer uk, String expected) {
        assertThat(Agreement.of(us, uk).key()).isEqualTo(expected);
    }
}
