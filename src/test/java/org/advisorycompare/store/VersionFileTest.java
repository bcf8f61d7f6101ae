package org.advisorycompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression: version ids that look like numbers (123456e78901 read back as Infinity) keep their text. */
class VersionFileTest {
    @ParameterizedTest
    @ValueSource(strings = {"123456e78901", "000000000012", "1e10", "true", "null", "2025-10-30", "0x1f"})
    void valuesThatLookLikeOtherYamlTypesReadBackAsWritten(String tricky) {
        AdvisoryVersion v = new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.UK, tricky, tricky,
                new Level(4, tricky, null, null), new StatedDate("2025-10-30", tricky), StatedDate.UNKNOWN, StatedDate.UNKNOWN,
                tricky, new Details(tricky, List.of(tricky), List.of(), null, null),
                new Provenance(tricky, tricky, null, "2025-10-30T00:00:00Z", tricky, tricky, tricky), List.of(), "Body.\n");
        AdvisoryVersion read = VersionFile.read("test", VersionFile.write(v), Countries.standard());
        assertThat(read).isEqualTo(v);
    }
}
