package org.advisorycompare.config;

/**
 * What a build shows beyond its content, each with a documented default. Each is a {@code build} and {@code serve}
 * option and a key of {@code advisory-compare.yml}.
 *
 * @param title       the site's name, in every page's header, the home page's title and every feed's title (default
 *                    {@value #DEFAULT_TITLE}; {@code --title}, key {@code title})
 * @param feedEntries the most entries one feed holds, newest first (default {@value #DEFAULT_FEED_ENTRIES}, 1 to
 *                    {@value #MAX_FEED_ENTRIES}; {@code --feed-entries}, key {@code feed_entries})
 * @param feedDiffChars the most characters of diff one feed entry carries, as HTML and again as text; past it the entry
 *                    says the rest is on the change's page (default {@value #DEFAULT_FEED_DIFF_CHARS}, at least
 *                    {@value #MIN_FEED_DIFF_CHARS}; {@code --feed-diff-chars}, key {@code feed_diff_chars})
 * @param fullVersions how many of each government's newest versions for a country keep a page and a diff page of
 *                    their own; older versions are archived: their URLs lead to the country's archive page for that
 *                    government, which lists each with its facts and shows its text and changes from one compressed
 *                    file (default {@value #DEFAULT_FULL_VERSIONS}, at least 1; {@code --full-versions}, key
 *                    {@code full_versions}; a large number archives nothing)
 * @param feedDiffEntries how many of a feed's newest entries carry their changes (up to {@code feedDiffChars}); an
 *                    older entry carries its title, level, change note and links, its changes one link away (default
 *                    {@value #DEFAULT_FEED_DIFF_ENTRIES}, 0 to {@value #MAX_FEED_ENTRIES}; {@code --feed-diff-entries},
 *                    key {@code feed_diff_entries}): a reader polls for the newest, and 230 countries' feeds stay small
 */
public record SiteSettings(String title, int feedEntries, int feedDiffChars, int fullVersions, int feedDiffEntries) {
    public static final String DEFAULT_TITLE = "Advisory Compare";
    public static final int DEFAULT_FEED_ENTRIES = 50;
    public static final int MAX_FEED_ENTRIES = 1000;
    public static final int DEFAULT_FEED_DIFF_CHARS = 4_000;
    public static final int MIN_FEED_DIFF_CHARS = 500;
    public static final int DEFAULT_FULL_VERSIONS = 5;
    public static final int DEFAULT_FEED_DIFF_ENTRIES = 10;
    private static final int MAX_TITLE = 80;

    public SiteSettings {
        title = title == null ? DEFAULT_TITLE : title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw new ConfigException("title '" + title + "' (--title, key title) must be 1 to " + MAX_TITLE
                    + " characters on one line, such as 'Advisory Compare'");
        }
        if (feedEntries < 1 || feedEntries > MAX_FEED_ENTRIES) {
            throw new ConfigException("feed entries " + feedEntries + " (--feed-entries, key feed_entries) must be 1 to "
                    + MAX_FEED_ENTRIES + "; the default is " + DEFAULT_FEED_ENTRIES);
        }
        if (feedDiffChars < MIN_FEED_DIFF_CHARS) {
            throw new ConfigException("feed diff characters " + feedDiffChars + " (--feed-diff-chars, key feed_diff_chars)"
                    + " must be at least " + MIN_FEED_DIFF_CHARS + "; the default is " + DEFAULT_FEED_DIFF_CHARS);
        }
        if (fullVersions < 1) {
            throw new ConfigException("full versions " + fullVersions + " (--full-versions, key full_versions) must be at"
                    + " least 1: the current version always has its page; the default is " + DEFAULT_FULL_VERSIONS);
        }
        if (feedDiffEntries < 0 || feedDiffEntries > MAX_FEED_ENTRIES) {
            throw new ConfigException("feed diff entries " + feedDiffEntries + " (--feed-diff-entries, key feed_diff_entries)"
                    + " must be 0 to " + MAX_FEED_ENTRIES + "; the default is " + DEFAULT_FEED_DIFF_ENTRIES);
        }
    }

    public SiteSettings(String title, int feedEntries, int feedDiffChars) {
        this(title, feedEntries, feedDiffChars, DEFAULT_FULL_VERSIONS, DEFAULT_FEED_DIFF_ENTRIES);
    }

    public static SiteSettings defaults() {
        return new SiteSettings(DEFAULT_TITLE, DEFAULT_FEED_ENTRIES, DEFAULT_FEED_DIFF_CHARS, DEFAULT_FULL_VERSIONS,
                DEFAULT_FEED_DIFF_ENTRIES);
    }

    /** The same settings keeping a page for every version: nothing archived. */
    public SiteSettings archivingNothing() {
        return new SiteSettings(title, feedEntries, feedDiffChars, Integer.MAX_VALUE, feedDiffEntries);
    }
}
