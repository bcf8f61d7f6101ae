package org.advisorycompare.history;

/**
 * How a version differs from the one before it, as data: {@link #key()} is the public {@code change_kind}
 * value, with the label a reader sees, the words of a feed entry's title, and whether it is a change of
 * the national level. A new kind is one constant here and the rule in {@link History} that gives it.
 */
public enum ChangeKind {
    /** The first version seen of this country and source. */
    FIRST("first", "First version seen", " advice first recorded", false, false),
    /** The national level went up. */
    LEVEL_RAISED("level_raised", "Level raised %1$s → %2$s", " raised to %3$s", true, true),
    /** The national level went down. */
    LEVEL_LOWERED("level_lowered", "Level lowered %1$s → %2$s", " lowered to %3$s", true, true),
    /** The national level is stated where the version before stated none (not a change of level: nothing was known). */
    LEVEL_STATED("level_stated", "National level stated: %2$s (the version before stated none)",
            " advice states its level: %3$s", false, true),
    /** The version before stated a national level and this one states none (a document of another kind, a part of a page). */
    LEVEL_UNSTATED("level_unstated", "No national level stated (the version before stated %1$s)",
            " document states no national level", false, false),
    /** Only the regional level or its wording changed. */
    REGIONAL_CHANGE("regional_change", "Regional advice changed", " regional advice changed", false, false),
    /** The text changed, with a new change note or date from the source. */
    TEXT_CHANGED("text_changed", "Text changed", " advice updated", false, false),
    /** The text changed while the source's change note and date stayed the same. */
    SILENT_EDIT("silent_edit", "Silent edit (no new change note or date)", " advice edited without a change note", false,
            false);

    private final String key;
    private final String label;
    private final String feedWords;
    private final boolean levelChange;
    private final boolean titledByLevel;

    /**
     * {@code label} and {@code feedWords} are formats of the level before ({@code %1$s}) and after ({@code %2$s}) as
     * badges, and the level after in its government's words ({@code %3$s}); {@code titledByLevel}: a feed title
     * says the level, not the change note.
     */
    ChangeKind(String key, String label, String feedWords, boolean levelChange, boolean titledByLevel) {
        this.key = key;
        this.label = label;
        this.feedWords = feedWords;
        this.levelChange = levelChange;
        this.titledByLevel = titledByLevel;
    }

    public String key() {
        return key;
    }

    /**
     * The label a reader sees for a change of this kind from level {@code from} to level {@code to} (either null when
     * not stated): "Level raised N3 → N4", "Silent edit (no new change note or date)".
     */
    public String label(Integer from, Integer to) {
        return String.format(label, badge(from), badge(to), "");
    }

    /** What a feed entry's title says happened, after the country and government: " raised to Level 4: Do Not Travel". */
    public String feedWords(String levelWords) {
        return String.format(feedWords, "", "", levelWords);
    }

    /** Whether a feed entry's title says the new level rather than the change note. */
    public boolean titledByLevel() {
        return titledByLevel;
    }

    private static String badge(Integer level) {
        return level == null ? "unknown" : "N" + level;
    }

    /** Whether the national level went up or down (the level-changes pages and feed). */
    public boolean isLevelChange() {
        return levelChange;
    }
}
