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

    /** Whether the national level went up or down (the level-changes pages and feed). */
    public boolean isLevelChange() {
        return this == LEVEL_RAISED || this == LEVEL_LOWERED;
    }
}
