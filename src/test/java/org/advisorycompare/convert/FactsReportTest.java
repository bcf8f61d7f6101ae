package org.advisorycompare.convert;

import org.advisorycompare.read.LevelReader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;

class FactsReportTest {
    private static AdvisoryVersion version(String id, Level level, String note) {
        return new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.UK, id, "Mali travel advice", level,
                StatedDate.UNKNOWN, new StatedDate("2025-10-30T21:01:05Z", "30 October 2025"), StatedDate.UNKNOWN, note,
                Details.NONE.withReader("GOV.UK page capture"), new Provenance("FCDO", "test", null, "2025-10-31T06:12:28Z", "sha",
                        "OGL", "uk/ml/x"), List.of(), "body " + id);
    }

    @Test
    void everyVersionIsOneRowWithTheSentenceItsLevelWasReadFromAndWhetherTheSiteDerivedIt() {
        Level stated = LevelReader.uk(List.of("FCDO advises against all travel to Mali."), Countries.standard().byIso("ML").orElseThrow());
        Level derived = LevelReader.uk(List.of("FCDO advises against all travel to Mali, except to Bamako.",
                "FCDO also advises against all but essential travel to Bamako."), Countries.standard().byIso("ML").orElseThrow());
        String report = FactsReport.of(List.of(version("b", derived, "note\twith a tab"), version("a", stated, null)));
        List<String> lines = report.lines().toList();
        assertThat(lines.get(0).split("\t")).containsExactlyElementsOf(FactsReport.COLUMNS);
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\t", -1)).startsWith("uk", "ML", "ml", "a", "2025-10-30T21:01:05Z",
                "N4", "false", "FCDO advises against all travel to Mali", "FCDO advises against all travel to Mali"));
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\t", -1)).contains("N3", "true",
                "FCDO also advises against all but essential travel to Bamako", "note with a tab"));
    }
}
