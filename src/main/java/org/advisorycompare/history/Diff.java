package org.advisorycompare.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two consecutive versions, section by section. Pure data: renderers decide how
 * to show it (markers and screen-reader text, never colour alone).
 */
public record Diff(List<SectionDiff> sections) {
    public Diff {
        sections = List.copyOf(sections);
    }

    /** How a section or block changed. */
    public enum Kind { UNCHANGED, ADDED, REMOVED, CHANGED, RENAMED, GAP }

    /** An operation on a run of words. */
    public enum Op { SAME, INSERTED, DELETED }

    public record Span(Op op, String text) {
    }

    /** One block (paragraph, list item, table row) and how it changed, as runs of words. */
    public record BlockDiff(Kind kind, List<Span> spans) {
        public BlockDiff {
            spans = List.copyOf(spans);
        }

        static final BlockDiff GAP = new BlockDiff(Kind.GAP, List.of());
    }

    public record SectionDiff(Kind kind, String oldHeading, String newHeading, List<BlockDiff> blocks) {
        public SectionDiff {
            blocks = List.copyOf(blocks);
        }

        public String heading() {
            return newHeading != null ? newHeading : oldHeading;
        }

        /** Changed blocks with {@code context} unchanged blocks around them; skipped runs become one GAP. */
        public List<BlockDiff> changesOnly(int context) {
            List<BlockDiff> shown = new ArrayList<>();
            boolean skipped = false;
            for (int i = 0; i < blocks.size(); i++) {
                if (near(i, context)) {
                    if (skipped) {
                        shown.add(BlockDiff.GAP);
                    }
                    shown.add(blocks.get(i));
                    skipped = false;
                } else {
                    skipped = true;
                }
            }
            if (skipped && !shown.isEmpty()) {
                shown.add(BlockDiff.GAP);
            }
            return shown;
        }

        private boolean near(int index, int context) {
            for (int j = Math.max(0, index - context); j <= Math.min(blocks.size() - 1, index + context); j++) {
                if (blocks.get(j).kind() != Kind.UNCHANGED) {
                    return true;
                }
            }
            return false;
        }
    }

    /** True when no section's text changed: say "no visible text change" rather than show an empty diff. */
    public boolean noVisibleChange() {
        return sections.stream().allMatch(s -> s.kind() == Kind.UNCHANGED);
    }

    public List<SectionDiff> changedSections() {
        return sections.stream().filter(s -> s.kind() != Kind.UNCHANGED).toList();
    }
}
