package org.advisorycompare.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.Golden;
import org.advisorycompare.history.Diff.Kind;
import org.junit.jupiter.api.Test;

class DifferTest {
    private static final java.util.regex.Pattern REFERENCE_TOKENS =
            java.util.regex.Pattern.compile("\\w+|\\s+|[^\\w\\s]", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void theTokenScannerSplitsExactlyAsTheUnicodeRegexItReplaced() {
        java.util.Random random = new java.util.Random(42);
        int[] alphabet = {'a', 'Z', '0', '_', ' ', '\t', '\n', '.', ',', '\'', '-', 0xA0, 0x2009, 0x202F, 0x3000, 0x85, 0x1C,
            'é', 0x301, 0x200D, 0x2019, '“', 'ß', 0x661, 0x5D0, 0x1F600, 0x1D400, 0x2028, 0xFF3F, 0x20DD, 0x903};
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = REFERENCE_TOKENS.matcher(text);
            while (m.find()) {
                expected.add(m.group());
            }
            assertThat(Differ.tokens(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }

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
