package org.advisorycompare.render;

import java.util.List;
import java.util.Locale;
import org.advisorycompare.history.Diff;

/** Turns a {@link Diff} into the records the diff template shows. */
final class DiffViews {
    static final int CONTEXT = 1;

    private DiffViews() {
    }

    static List<Views.SectionView> changesOnly(Diff diff) {
        return diff.changedSections().stream()
                .map(s -> section(s, s.kind() == Diff.Kind.CHANGED || s.kind() == Diff.Kind.RENAMED
                        ? s.changesOnly(CONTEXT) : s.blocks()))
                .toList();
    }

    private static Views.SectionView section(Diff.SectionDiff s, List<Diff.BlockDiff> blocks) {
        return new Views.SectionView(title(s), s.kind().name().toLowerCase(Locale.ROOT),
                blocks.stream().map(DiffViews::block).toList());
    }

    private static Views.BlockView block(Diff.BlockDiff b) {
        return new Views.BlockView(b.kind().name().toLowerCase(Locale.ROOT), b.spans().stream()
                .map(span -> new Views.SpanView(switch (span.op()) {
                    case SAME -> "same";
                    case INSERTED -> "ins";
                    case DELETED -> "del";
                }, span.text()))
                .toList());
    }

    static String title(Diff.SectionDiff s) {
        String name = s.heading() == null || s.heading().isEmpty() ? "Opening text" : s.heading();
        return switch (s.kind()) {
            case ADDED -> "Section added: " + name;
            case REMOVED -> "Section removed: " + name;
            case RENAMED -> "Section renamed: " + s.oldHeading() + " → " + s.newHeading();
            case CHANGED -> "Section changed: " + name;
            default -> name;
        };
    }
}
