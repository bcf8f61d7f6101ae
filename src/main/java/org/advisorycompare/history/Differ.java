package org.advisorycompare.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.advisorycompare.text.Sections;
import org.advisorycompare.history.Diff.BlockDiff;
import org.advisorycompare.history.Diff.Kind;
import org.advisorycompare.history.Diff.Op;
import org.advisorycompare.history.Diff.SectionDiff;
import org.advisorycompare.history.Diff.Span;
import org.advisorycompare.model.Section;

/**
 * Computes a {@link Diff} with java-diff-utils, in three steps: sections are aligned by their heading
 * path (a replaced heading whose text is mostly the same is a rename); blocks inside a section are
 * aligned as whole paragraphs, list items and table rows; a block replaced by a similar one is diffed
 * word by word. Pure: no I/O.
 */
public final class Differ {
    private static final double SIMILAR = 0.4;

    private Differ() {
    }

    public static Diff between(String oldMarkdown, String newMarkdown) {
        return between(Sections.of(oldMarkdown), Sections.of(newMarkdown));
    }

    /** The diff of two texts already split into sections. */
    public static Diff between(List<Section> before, List<Section> after) {
        List<String> oldKeys = before.stream().map(Section::path).toList();
        List<String> newKeys = after.stream().map(Section::path).toList();
        List<SectionDiff> result = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldKeys, newKeys, true).getDeltas()) {
            List<Section> olds = before.subList(delta.getSource().getPosition(), delta.getSource().getPosition() + delta.getSource().size());
            List<Section> news = after.subList(delta.getTarget().getPosition(), delta.getTarget().getPosition() + delta.getTarget().size());
            if (delta.getType() == DeltaType.EQUAL) {
                for (int i = 0; i < olds.size(); i++) {
                    result.add(section(olds.get(i), news.get(i)));
                }
            } else {
                replaced(olds, news, result);
            }
        }
        return new Diff(result);
    }

    private static SectionDiff section(Section old, Section now) {
        List<BlockDiff> blocks = blocks(old.blocks(), now.blocks());
        boolean changed = blocks.stream().anyMatch(b -> b.kind() != Kind.UNCHANGED);
        Kind kind = !old.path().equals(now.path()) ? Kind.RENAMED : changed ? Kind.CHANGED : Kind.UNCHANGED;
        return new SectionDiff(kind, old.heading(), now.heading(), blocks);
    }

    /** Sections replaced by others: pair similar ones in order as renames, the rest are removed or added. */
    private static void replaced(List<Section> olds, List<Section> news, List<SectionDiff> out) {
        List<Set<String>> newWords = news.stream().map(n -> words(String.join(" ", n.blocks()))).toList();
        int j = 0;
        for (Section old : olds) {
            Set<String> oldWords = words(String.join(" ", old.blocks()));
            int match = -1;
            for (int k = j; k < news.size() && match < 0; k++) {
                if (similarity(oldWords, newWords.get(k)) >= SIMILAR) {
                    match = k;
                }
            }
            if (match < 0) {
                out.add(whole(Kind.REMOVED, old.heading(), null, old.blocks(), Op.DELETED));
                continue;
            }
            for (; j < match; j++) {
                out.add(whole(Kind.ADDED, null, news.get(j).heading(), news.get(j).blocks(), Op.INSERTED));
            }
            out.add(section(old, news.get(j++)));
        }
        for (; j < news.size(); j++) {
            out.add(whole(Kind.ADDED, null, news.get(j).heading(), news.get(j).blocks(), Op.INSERTED));
        }
    }

    private static SectionDiff whole(Kind kind, String oldHeading, String newHeading, List<String> blocks, Op op) {
        Kind blockKind = op == Op.INSERTED ? Kind.ADDED : Kind.REMOVED;
        return new SectionDiff(kind, oldHeading, newHeading,
                blocks.stream().map(b -> new BlockDiff(blockKind, List.of(new Span(op, b)))).toList());
    }

    static List<BlockDiff> blocks(List<String> before, List<String> after) {
        List<BlockDiff> out = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after, true).getDeltas()) {
            List<String> olds = delta.getSource().getLines();
            List<String> news = delta.getTarget().getLines();
            switch (delta.getType()) {
                case EQUAL -> olds.forEach(b -> out.add(new BlockDiff(Kind.UNCHANGED, List.of(new Span(Op.SAME, b)))));
                case DELETE -> olds.forEach(b -> out.add(new BlockDiff(Kind.REMOVED, List.of(new Span(Op.DELETED, b)))));
                case INSERT -> news.forEach(b -> out.add(new BlockDiff(Kind.ADDED, List.of(new Span(Op.INSERTED, b)))));
                default -> changedBlocks(olds, news, out);
            }
        }
        return out;
    }

    /** Replaced blocks: similar pairs in order get a word diff, the others are removed or added. */
    private static void changedBlocks(List<String> olds, List<String> news, List<BlockDiff> out) {
        List<Set<String>> newWords = news.stream().map(Differ::words).toList();
        int j = 0;
        for (String old : olds) {
            Set<String> oldWords = words(old);
            int match = -1;
            for (int k = j; k < news.size() && match < 0; k++) {
                if (similarity(oldWords, newWords.get(k)) >= SIMILAR) {
                    match = k;
                }
            }
            if (match < 0) {
                out.add(new BlockDiff(Kind.REMOVED, List.of(new Span(Op.DELETED, old))));
                continue;
            }
            for (; j < match; j++) {
                out.add(new BlockDiff(Kind.ADDED, List.of(new Span(Op.INSERTED, news.get(j)))));
            }
            out.add(new BlockDiff(Kind.CHANGED, words(old, news.get(j++))));
        }
        for (; j < news.size(); j++) {
            out.add(new BlockDiff(Kind.ADDED, List.of(new Span(Op.INSERTED, news.get(j)))));
        }
    }

    /** A word-level diff of two texts as runs of same, deleted and inserted text. */
    static List<Span> words(String before, String after) {
        List<Span> spans = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(tokens(before), tokens(after), true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> add(spans, Op.SAME, delta.getSource().getLines());
                case DELETE -> add(spans, Op.DELETED, delta.getSource().getLines());
                case INSERT -> add(spans, Op.INSERTED, delta.getTarget().getLines());
                default -> {
                    add(spans, Op.DELETED, delta.getSource().getLines());
                    add(spans, Op.INSERTED, delta.getTarget().getLines());
                }
            }
        }
        return spans;
    }

    private static void add(List<Span> spans, Op op, List<String> tokens) {
        String text = String.join("", tokens);
        if (text.isEmpty()) {
            return;
        }
        if (!spans.isEmpty() && spans.get(spans.size() - 1).op() == op) {
            Span last = spans.remove(spans.size() - 1);
            spans.add(new Span(op, last.text() + text));
        } else {
            spans.add(new Span(op, text));
        }
    }

    /**
     * The text as runs of word characters, runs of white space and single other characters, with the
     * meaning of {@code \\w+|\\s+|[^\\w\\s]} in Unicode mode (a hand-written scanner: the regex
     * was most of the time of a diff).
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = tokenEnd(text, i);
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** Where the token that starts at {@code start} ends: a run of one kind, or one other character. */
    private static int tokenEnd(String text, int start) {
        int cp = text.codePointAt(start);
        int kind = kind(cp);
        int end = start + Character.charCount(cp);
        if (kind == OTHER) {
            return end;
        }
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c < 128) { // most text: no code point decoding, a table look-up
                if (ASCII_KINDS[c] != kind) {
                    return end;
                }
                end++;
            } else {
                int next = text.codePointAt(end);
                if (kind(next) != kind) {
                    return end;
                }
                end += Character.charCount(next);
            }
        }
        return end;
    }

    private static final int WORD = 1;
    private static final int SPACE = 2;
    private static final int OTHER = 3;

    private static final byte[] ASCII_KINDS = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_KINDS[c] = (byte) (Character.isLetterOrDigit(c) || c == '_' ? WORD
                    : c == ' ' || (c >= 9 && c <= 13) ? SPACE : OTHER);
        }
    }

    /** Unicode {@code \\w} (letters, marks, digits, connector punctuation, joiners) or {@code \\s} (White_Space). */
    private static int kind(int cp) {
        if (cp < 128) {
            return ASCII_KINDS[cp];
        }
        if (Character.isAlphabetic(cp) || Character.isDigit(cp) || cp == 0x200C || cp == 0x200D) {
            return WORD;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.CONNECTOR_PUNCTUATION) {
            return WORD;
        }
        return cp == 0x85 || Character.isSpaceChar(cp) ? SPACE : OTHER;
    }

    /** Share of distinct words the two texts have in common (Jaccard), 0 to 1. */
    static double similarity(String a, String b) {
        return similarity(words(a), words(b));
    }

    private static double similarity(Set<String> left, Set<String> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return 1;
        }
        int both = 0;
        for (String word : left) {
            if (right.contains(word)) {
                both++;
            }
        }
        return (double) both / (left.size() + right.size() - both);
    }

    /** The distinct words of a text, in lower case: its tokens that begin with a letter or digit. */
    private static Set<String> words(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        Set<String> words = new HashSet<>();
        for (int i = 0; i < lower.length(); ) {
            int end = tokenEnd(lower, i);
            if (Character.isLetterOrDigit(lower.charAt(i))) { // only words: spaces and signs are not cut out
                words.add(lower.substring(i, end));
            }
            i = end;
        }
        return words;
    }
}
