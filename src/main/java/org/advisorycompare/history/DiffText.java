package org.advisorycompare.history;

import org.advisorycompare.history.Diff.BlockDiff;
import org.advisorycompare.history.Diff.Kind;
import org.advisorycompare.history.Diff.SectionDiff;
import org.advisorycompare.history.Diff.Span;

/**
 * A diff as plain text that reads without colour: {@code [+added+]} and {@code [-removed-]} inside
 * blocks, a line per section saying what happened to it, "…" where unchanged text is left out.
 */
public final class DiffText {
    private DiffText() {
    }

    /** The changes-only view, with {@code context} unchanged blocks around each change. */
    public static String changesOnly(Diff diff, int context) {
        if (diff.noVisibleChange()) {
            return "No visible text change.\n";
        }
        StringBuilder out = new StringBuilder();
        for (SectionDiff section : diff.changedSections()) {
            out.append(title(section)).append('\n');
            for (BlockDiff block : section.kind() == Kind.CHANGED || section.kind() == Kind.RENAMED
                    ? section.changesOnly(context) : section.blocks()) {
                out.append("  ").append(block.kind() == Kind.GAP ? "…" : text(block)).append('\n');
            }
        }
        return out.toString();
    }

    public static String title(SectionDiff s) {
        String name = s.heading() == null || s.heading().isEmpty() ? "(opening text)" : "“" + s.heading() + "”";
        return switch (s.kind()) {
            case ADDED -> "Section added: " + name;
            case REMOVED -> "Section removed: " + name;
            case RENAMED -> "Section renamed: “" + s.oldHeading() + "” → “" + s.newHeading() + "”";
            default -> "Section changed: " + name;
        };
    }

    static String text(BlockDiff block) {
        StringBuilder out = new StringBuilder();
        for (Span span : block.spans()) {
            switch (span.op()) {
                case SAME -> out.append(span.text());
                case INSERTED -> out.append("[+").append(span.text()).append("+]");
                case DELETED -> out.append("[-").append(span.text()).append("-]");
            }
        }
        return out.toString();
    }
}
