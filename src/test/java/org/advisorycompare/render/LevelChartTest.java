package org.advisorycompare.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.History;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;

/** The chart's time axis runs to when the sources were last checked, with a labelled "not stated" band and a tip per step. */
class LevelChartTest {
    private static AdvisoryVersion version(String id, String updated, Integer level) {
        return new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.UK, id, "t",
                new Level(level, level == null ? null : "words", null, null), StatedDate.UNKNOWN, new StatedDate(updated, updated),
                StatedDate.UNKNOWN, "n", Details.NONE, new Provenance("o", "k", null, updated + "T06:00:00Z", "s", "l", "f"),
                List.of(), "body " + id);
    }

    @Test
    void theAxisEndsWhenTheSourcesWereLastCheckedAndEveryStepHasItsDate() {
        List<Change> uk = History.of(List.of(version("a", "2024-03-01", 3), version("b", "2025-10-30", 4)));
        String svg = LevelChart.svg(Timeline.of(Map.of(Source.UK, uk), uk), List.of(Source.UK), "Mali", "2026-11-22");
        assertThat(svg).contains(">2024-03-01<", ">2026-11-22<", ">2025<", ">2026<", ">not stated<");
        assertThat(svg).contains("<title>UK: N3 from 2024-03-01</title>", "<title>UK: N4 from 2025-10-30</title>");
        assertThat(svg).contains("class=\"chart-legend\"", "UK (solid line, circles)");
    }
}
