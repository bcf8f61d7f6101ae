package org.advisorycompare.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.Golden;
import org.advisorycompare.history.Diff.Kind;
import org.junit.jupiter.api.Test;

class DifferTest {
    @Test
    void realisticPairMatchesItsGoldenChangesOnlyDiff() {
        Diff diff = Differ.between(Golden.read("diffs/realistic-before.md"), Golden.read("diffs/realistic-after.md"));
        Golden.assertMatches("diffs/realistic.changes-only.txt", DiffText.changesOnly(diff, 1));
    }

    @Test
    void realisticPairLabelsEachSection() {
        Diff diff = Differ.between(Golden.read("diffs/realistic-before.md"), Golden.read("diffs/realistic-after.md"));
        assertThat(diff.sections()).extracting(s -> s.kind() + " " + s.heading()).containsExactly(
                "UNCHANGED Warnings and insurance",
                "RENAMED FCDO advises against all travel to Testland",
                "ADDED UK government support",
                "CHANGED Travel insurance",
                "UNCHANGED Health");
    }

    @Test
    void oneSentenceAddedToAParagraphIsAWordLevelInsertion() {
        List<Diff.Span> spans = Differ.words("Research your destinations.", "Research your destinations. Insurance should cover you.");
        assertThat(spans).extracting(Diff.Span::op, Diff.Span::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Diff.Op.SAME, "Research your destinations."),
                org.assertj.core.groups.Tuple.tuple(Diff.Op.INSERTED, " Insurance should cover you."));
    }

    @Test
    void aRemovedListItemIsARemovedBlock() {
        List<Diff.BlockDiff> blocks = Differ.blocks(List.of("• a", "• b", "• c"), List.of("• a", "• c"));
        assertThat(blocks).extracting(Diff.BlockDiff::kind).containsExactly(Kind.UNCHANGED, Kind.REMOVED, Kind.UNCHANGED);
    }

    @Test
    void identicalTextsHaveNoVisibleChange() {
        String text = Golden.read("diffs/realistic-before.md");
        Diff diff = Differ.between(text, text);
        assertThat(diff.noVisibleChange()).isTrue();
        assertThat(DiffText.changesOnly(diff, 1)).isEqualTo("No visible text change.\n");
    }

    @Test
    void unrelatedReplacementIsARemovalAndAnAddition() {
        Diff diff = Differ.between("## Old\n\nAlpha beta gamma.\n", "## New\n\nCompletely different words here.\n");
        assertThat(diff.sections()).extracting(Diff.SectionDiff::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
    }

    @Test
    void changesOnlyKeepsOneBlockOfContextAndMarksGaps() {
        List<String> before = List.of("p1", "p2", "p3", "the fourth paragraph says old things", "p5", "p6");
        List<String> after = List.of("p1", "p2", "p3", "the fourth paragraph says new things", "p5", "p6");
        Diff.SectionDiff section = new Diff.SectionDiff(Kind.CHANGED, "h", "h", Differ.blocks(before, after));
        assertThat(section.changesOnly(1)).extracting(Diff.BlockDiff::kind)
                .containsExactly(Kind.GAP, Kind.UNCHANGED, Kind.CHANGED, Kind.UNCHANGED, Kind.GAP);
    }
}
