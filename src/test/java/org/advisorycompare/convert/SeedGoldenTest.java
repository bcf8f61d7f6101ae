package org.advisorycompare.convert;

import org.advisorycompare.store.VersionFile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.advisorycompare.Golden;
import org.advisorycompare.collect.Archive;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Snapshot;
import org.junit.jupiter.api.Test;

/** Pins the version file produced from each seed (the first two collected advisories, in the project's archive). */
class SeedGoldenTest {
    private final Countries countries = Countries.standard();
    private final List<Snapshot> seeds = org.advisorycompare.site.TestSite.SEEDS.stream().flatMap(seed -> new Archive(
            org.advisorycompare.site.TestSite.ARCHIVE, countries).snapshots(seed.substring(0, seed.lastIndexOf('/')),
            name -> name.startsWith(seed.substring(seed.lastIndexOf('/') + 1))).stream()).toList();
    private final Converter converter = new Converter(Readers.standard(countries));

    @Test
    void theArchiveHoldsBothSeeds() {
        assertThat(seeds).extracting(s -> s.source().key() + "/" + s.country().iso2())
                .containsExactlyInAnyOrder("us/ML", "uk/ML");
    }

    @Test
    void eachSeedConvertsToItsGoldenVersionFile() {
        for (Snapshot seed : seeds) {
            AdvisoryVersion version = converter.convert(seed);
            String name = "seeds/" + seed.source().key() + "-" + seed.country().iso2() + "-"
                    + seed.provenance().sha256().substring(0, 12) + ".md";
            Golden.assertMatches(name, VersionFile.write(version));
        }
    }

    @Test
    void conversionIsDeterministicAndReadsBackToTheSameVersion() {
        for (Snapshot seed : seeds) {
            AdvisoryVersion first = converter.convert(seed);
            String file = VersionFile.write(first);
            assertThat(VersionFile.write(converter.convert(seed))).isEqualTo(file);
            AdvisoryVersion readBack = VersionFile.read("golden", file, countries);
            assertThat(readBack).isEqualTo(first);
            assertThat(VersionFile.write(readBack)).isEqualTo(file);
        }
    }

    @Test
    void ukSeedStatesAdviceAgainstAllTravelAndItsLatestUpdate() {
        AdvisoryVersion uk = converter.convert(seed("uk"));
        assertThat(uk.level().national()).isEqualTo(4);
        assertThat(uk.level().nationalNative()).isEqualTo("FCDO advises against all travel to Mali");
        assertThat(uk.updated().iso()).isEqualTo("2025-10-30");
        assertThat(uk.reviewed().iso()).isEqualTo("2025-10-31");
        assertThat(uk.changeNote()).startsWith("New information that non-essential British Embassy staff");
        assertThat(uk.body()).doesNotContain("Follow FCDO", "email-signup", "x.com", "Next", "printable version",
                "Still current at");
        assertThat(uk.body()).contains("There is a high threat of kidnapping and criminal activity across Mali",
                "](https://www.gov.uk/foreign-travel-advice/mali/safety-and-security)");
    }

    @Test
    void usSeedIsANewsReportWithItsDateAndNoStatedLevel() {
        AdvisoryVersion us = converter.convert(seed("us"));
        assertThat(us.level().national()).as("a news report states no US level").isNull();
        assertThat(us.published().iso()).isEqualTo("2025-10-29");
        assertThat(us.title()).isEqualTo("U.S. Embassy Urges Americans to Leave Mali Amid Rising Insecurity and Fuel Crisis");
        assertThat(us.body()).doesNotContain(".jpg&w=", "Americans Urged to Leave Mali Amid Armed Conflict");
        assertThat(us.body()).contains("“Air travel is currently the only viable option for departure,” the statement said",
                "The embassy had already issued an advisory on travelling to Mali");
        assertThat(us.body().split("\n\n")).hasSize(9);
    }

    private Snapshot seed(String source) {
        return seeds.stream().filter(s -> s.source().key().equals(source)).findFirst().orElseThrow();
    }
}
