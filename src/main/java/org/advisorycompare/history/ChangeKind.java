package org.advisorycompare.history;

/** How a version differs from the one before it; {@link #key()} is the public {@code change_kind} value. */
public enum ChangeKind {
    /** The first version seen of this country and source. */
    FIRST("first"),
    /** The national level went up. */
    LEVEL_RAISED("level_raised"),
    /** The national level went down. */
    LEVEL_LOWERED("level_lowered"),
    /** The national level is stated where the version before stated none (not a change of level: nothing was known). */
    LEVEL_STATED("level_stated"),
    /** The version before stated a national level and this one states none (a document of another kind, a part of a page). */
    LEVEL_UNSTATED("level_unstated"),
    /** Only the regional level or its wording changed. */
    REGIONAL_CHANGE("regional_change"),
    /** The text changed, with a new change note or date from the source. */
    TEXT_CHANGED("text_changed"),
    /** The text changed while the source's change note and date stayed the same. */
    SILENT_EDIT("silent_edit");

    private final String key;

    ChangeKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * The label a reader sees for a change of this kind from level {@code from} to level {@code to} (either null when
     * not stated): "Level raised N3 → N4", "Silent edit (no new change note or date)". A new kind is one constant here.
     */
    public String label(Integer from, Integer to) {
        return switch (this) {
            case FIRST -> "First version seen";
            case LEVEL_RAISED -> "Level raised " + badge(from) + " → " + badge(to);
            case LEVEL_LOWERED -> "Level lowered " + badge(from) + " → " + badge(to);
            case LEVEL_STATED -> "National level stated: " + badge(to) + " (the version before stated none)";
            case LEVEL_UNSTATED -> "No national level stated (the version before stated " + badge(from) + ")";
            case REGIONAL_CHANGE -> "Regional advice changed";
            case TEXT_CHANGED -> "Text changed";
            case SILENT_EDIT -> "Silent edit (no new change note or date)";
        };
    }

    private static String badge(Integer level) {
        return level == null ? "unknown" : "N" + level;
    }

    /** Whether the national level went up or down (the level-changes pages and feed). */
    public boolean isLevelChange() {
        return this == LEVEL_RAISED || this == LEVEL_LOWERED;
    }
}
