package org.advisorycompare.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.convert.Sections;
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
    private static final Pattern TOKENS = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final double SIMILAR = 0.4;

    private Differ() {
    }

    public static Diff between(String oldMarkdown, String newMarkdown) {
        List<Section> before = Sections.of(oldMarkdown);
        List<Section> after = Sections.of(newMarkdown);
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
        int j = 0;
        for (Section old : olds) {
            int match = -1;
            for (int k = j; k < news.size() && match < 0; k++) {
                if (similarity(String.join(" ", old.blocks()), String.join(" ", news.get(k).blocks())) >= SIMILAR) {
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
        int j = 0;
        for (String old : olds) {
            int match = -1;
            for (int k = j; k < news.size() && match < 0; k++) {
                if (similarity(old, news.get(k)) >= SIMILAR) {
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

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Share of distinct words the two texts have in common (Jaccard), 0 to 1. */
    static double similarity(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() && right.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(left);
        both.retainAll(right);
        Set<String> either = new HashSet<>(left);
        either.addAll(right);
        return (double) both.size() / either.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String token : tokens(text.toLowerCase(java.util.Locale.ROOT))) {
            if (!token.isBlank() && Character.isLetterOrDigit(token.charAt(0))) {
                words.add(token);
            }
        }
        return words;
    }
}
