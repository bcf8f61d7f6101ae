package org.advisorycompare.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.compare.Agreement;
import org.advisorycompare.convert.Converter;
import org.advisorycompare.read.Extraction;
import org.advisorycompare.read.RawDocument;
import org.advisorycompare.convert.Readers;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.ChangeKind;
import org.advisorycompare.history.History;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.SiteModel;
import org.junit.jupiter.api.Test;

/** Histories built from many real versions of one country label level changes as the sources state them. */
class RealHistoryIT {
    private final Readers readers = Readers.standard(Countries.standard());

    private List<AdvisoryVersion> versions(Source source, List<Path> paths) {
        List<AdvisoryVersion> versions = new ArrayList<>();
        for (Path path : paths) {
            RawDocument raw = RawDocument.load(path);
            Extraction e = readers.read(source, raw);
            String retrieved = e.details().captured() != null ? e.details().captured() : "2026-01-01T00:00:00Z";
            versions.add(new AdvisoryVersion(e.country(), source, Converter.versionId(e.body()), e.title(), e.level(),
                    e.published(), e.updated(), e.reviewed(), e.changeNote(), e.details(),
                    new Provenance(source.organisation(), "real sample", null, retrieved, raw.sha256(), source.defaultLicence(),
                            path.getFileName().toString()), List.of(), e.body()));
        }
        return versions;
    }

    @Test
    void maliUkHistoryRaisesTheNationalLevelOn30October2025AndNowhereElseWithoutTheSourceSayingSo() {
        List<Change> uk = History.of(versions(Source.UK, RealData.versions("uk-fcdo_marcolussetti", "mali")));
        assertThat(uk.get(0).kind()).isEqualTo(ChangeKind.FIRST);
        List<Change> levelChanges = uk.stream()
                .filter(c -> c.kind() == ChangeKind.LEVEL_RAISED || c.kind() == ChangeKind.LEVEL_LOWERED).toList();
        // before 30 October 2025 every part of Mali was under advice against at least all but essential travel (N3)
        assertThat(levelChanges).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.LEVEL_RAISED);
            assertThat(c.fromLevel()).isEqualTo(3);
            assertThat(c.toLevel()).isEqualTo(4);
            assertThat(c.day()).isEqualTo("2025-10-30");
            assertThat(c.diff().noVisibleChange()).isFalse();
        });
        for (Change c : uk) {
            boolean after = c.day().compareTo("2025-10-30") >= 0;
            assertThat(c.version().level().national()).as(c.version().provenance().collectedFile()).isEqualTo(after ? 4 : 3);
            assertThat(c.version().level().nationalDerived()).as("stated after, the site's reading of the parts before")
                    .isEqualTo(!after);
        }
    }

    @Test
    void maliUsHistoryStaysAtLevelFourSoNoLevelChangeIsReported() {
        List<Change> us = History.of(versions(Source.US, RealData.versions("us-state_schofield-rss", "mali")));
        assertThat(us).hasSizeGreaterThan(2).allSatisfy(c -> {
            assertThat(c.version().level().national()).isEqualTo(4);
            assertThat(c.kind()).isIn(ChangeKind.FIRST, ChangeKind.TEXT_CHANGED, ChangeKind.SILENT_EDIT);
        });
    }

    @Test
    void maliComparisonAgreesAfterTheUkRaiseAndShowsTheEarlierDisagreement() {
        List<AdvisoryVersion> all = new ArrayList<>(versions(Source.UK, RealData.versions("uk-fcdo_marcolussetti", "mali")));
        all.addAll(versions(Source.US, RealData.versions("us-state_schofield-rss", "mali")));
        CountryModel mali = SiteModel.of(all).countries().get(0);
        assertThat(mali.comparison().national()).isEqualTo(Agreement.AGREE);
        // regression (Mali 2025): the UK's advice for parts covering the whole country read as N1, a material disagreement
        assertThat(mali.comparison().periods()).extracting(p -> p.agreement())
                .contains(Agreement.US_STRICTER, Agreement.AGREE).doesNotContain(Agreement.MATERIAL_DISAGREEMENT);
        assertThat(mali.comparison().periods().get(mali.comparison().periods().size() - 1).from()).isEqualTo("2025-10-30");
        assertThat(mali.comparison().keyDifferences().get(1)).isEqualTo("UK: FCDO advises against all travel to Mali (N4) since 2025-10-30.");
    }
}
